package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Programs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .deb that {@code src/deb/make-deb} makes of the archive, unpacked with {@code dpkg -x} into a temporary root. */
class DebianPackageIT {

    @Test
    void theDebUnpacksAndRunsOnTheSystemJava(@TempDir Path tmp) throws Exception {
        Programs.require("dpkg-deb");
        Path user = Files.createDirectories(tmp.resolve("home"));
        Map<String, String> env = DistributionIT.userEnv(user);
        DistributionIT.Run made = DistributionIT.run(LauncherIT.HOME, env,
                LauncherIT.HOME.resolve("src/deb/make-deb").toString(), DistributionIT.archive().toString());
        assertEquals(0, made.code(), made.err());
        Path deb = Path.of(made.out().strip());
        assertTrue(deb.getFileName().toString().matches("lede_\\d+\\.\\d+\\.\\d+_all\\.deb"), made.out());
        DistributionIT.Run control = DistributionIT.run(tmp, env, "dpkg-deb", "-f", deb.toString(), "Depends");
        assertTrue(control.out().contains("default-jre-headless"), control.out());
        Path root = tmp.resolve("root");
        assertEquals(0, DistributionIT.run(tmp, env, "dpkg-deb", "-x", deb.toString(), root.toString()).code());
        for (String file : List.of("usr/bin/lede", "usr/lib/lede/lede.jar", "usr/lib/lede/seeds/000_df008af81b2ca71f.txt",
                "usr/share/man/man1/lede.1.gz", "usr/share/bash-completion/completions/lede",
                "usr/share/zsh/vendor-completions/_lede", "usr/share/doc/lede/copyright",
                "usr/share/doc/lede/licenses/THIRD-PARTY.md")) {
            assertTrue(Files.isRegularFile(root.resolve(file)), file);
        }
        String lede = root.resolve("usr/bin/lede").toString();
        DistributionIT.Run version = DistributionIT.run(user, env, lede, "--version");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().startsWith("lede "), version.out());
        DistributionIT.Run list = DistributionIT.run(user, env, lede, "list", "--format", "tsv");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().startsWith("1\tdf008af81b2ca71f\tAlbania joins"), list.out());
        assertEquals("", list.err());
    }
}
