package dev.lede.feeds;

import dev.lede.prefs.PreferencesException;
import dev.lede.prefs.YamlFile;
import dev.lede.safefile.AtomicFile;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The subscriptions file, {@code feeds.yml} beside the preferences file: one entry per feed, keyed by its name, with
 * its {@code url} and {@code tags}. Every change reads the file again under a lock, splices the change into its
 * text (comments, blank lines and the order of everything else stay byte for byte, as for the preferences), checks
 * that the new text reads back as exactly the subscriptions meant, and renames a new file over the old one, so the
 * file is always whole. A file that does not parse is never overwritten.
 */
public final class SubscriptionStore {

    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);
    static final String HEADER = """
            # lede's feeds: one entry per feed, named as its folder of stories. 'lede feeds add', 'remove' and
            # 'import' change this file and keep everything else in it (comments too). An entry:
            #
            # ars-technica:
            #   url: https://feeds.arstechnica.com/arstechnica/index
            #   tags: [tech, news]
            """;

    private final Path file;

    /** @param file the subscriptions file; it need not exist */
    public SubscriptionStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /**
     * The subscriptions in the file's order; none when there is no file.
     *
     * @throws FeedsException when the file cannot be read or holds something that is not a subscription
     */
    public List<Subscription> load() throws FeedsException {
        return Files.exists(file) ? read(text(), label()) : List.of();
    }

    /** Adds a subscription at the end. */
    public void add(Subscription subscription) throws FeedsException {
        addAll(List.of(subscription));
    }

    /**
     * Adds subscriptions at the end, in one save.
     *
     * @throws FeedsException when a name is taken (ignoring case) or not safe, or a URL not http(s)
     */
    public void addAll(List<Subscription> added) throws FeedsException {
        change(old -> {
            List<Subscription> all = new ArrayList<>(old);
            all.addAll(added);
            return all;
        }, text -> {
            String edited = text;
            for (Subscription s : added) {
                edited = set(edited, List.of(s.name(), "url"), YamlFile.scalar(s.url().toString()));
                if (!s.tags().isEmpty()) {
                    edited = set(edited, List.of(s.name(), "tags"), YamlFile.list(s.tags()));
                }
            }
            return edited;
        });
    }

    /**
     * Removes the subscription of that name (exactly as written).
     *
     * @throws FeedsException when there is none
     */
    public void remove(String name) throws FeedsException {
        change(old -> {
            List<Subscription> rest = new ArrayList<>(old);
            if (!rest.removeIf(s -> s.name().equals(name))) {
                throw new FeedsException(FeedsException.Kind.ARGUMENT, unknown(name, old));
            }
            return rest;
        }, text -> {
            try {
                return YamlFile.remove(text, label(), List.of(name));
            } catch (PreferencesException e) {
                throw new FeedsException(FeedsException.Kind.FILE, e.getMessage());
            }
        });
    }

    /** Gives the subscription of that name a new URL (a feed that moved permanently). */
    public void move(String name, URI url) throws FeedsException {
        change(old -> old.stream().map(s -> s.name().equals(name) ? s.at(url) : s).toList(),
                text -> set(text, List.of(name, "url"), YamlFile.scalar(url.toString())));
    }

    /**
     * A name for a new feed, not taken by any of {@code existing}: its title made safe, else its host (see
     * {@link FeedNames#derive}).
     *
     * @param title the feed's title, or null
     */
    public static String newName(String title, URI url, List<Subscription> existing) {
        return FeedNames.derive(title, url, existing.stream().map(Subscription::name).toList());
    }

    /** "no feed named 'x' (feeds: a, b)", for a name that is not subscribed. */
    public static String unknown(String name, List<Subscription> subscriptions) {
        String known = String.join(", ", subscriptions.stream().map(Subscription::name).toList());
        return "no feed named '" + YamlFile.printable(name) + "'"
                + (known.isEmpty() ? "; 'lede feeds add URL' subscribes to one" : " (feeds: " + known + ")");
    }

    /** A change to the list of subscriptions and the same change to the file's text. */
    private interface Edit<T> {
        T apply(T value) throws FeedsException;
    }

    private void change(Edit<List<Subscription>> list, Edit<String> text) throws FeedsException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (AtomicFile.Lock lock = AtomicFile.lock(file, LOCK_TIMEOUT)) {
                AtomicFile.removeLeftovers(file);
                boolean exists = Files.exists(file);
                String before = exists ? text() : HEADER;
                List<Subscription> want = list.apply(read(before, label()));
                check(want);
                String after = text.apply(before);
                List<Subscription> got = read(after, label());
                if (!got.equals(want)) {
                    throw new FeedsException(FeedsException.Kind.FILE, "internal error: the edited " + label()
                            + " would not read back as meant; the file was left as it was");
                }
                AtomicFile.write(file, after);
            }
        } catch (IOException e) {
            throw new FeedsException(FeedsException.Kind.FILE, "cannot save " + label() + ": "
                    + YamlFile.printable(String.valueOf(e.getMessage())));
        }
    }

    /** Every name safe and unique ignoring case, every URL http(s). */
    private static void check(List<Subscription> subscriptions) throws FeedsException {
        List<String> seen = new ArrayList<>();
        for (Subscription s : subscriptions) {
            String why = FeedNames.problem(s.name());
            if (why != null) {
                throw new FeedsException(FeedsException.Kind.ARGUMENT, "feed name '"
                        + YamlFile.printable(s.name()) + "' is not allowed: " + why);
            }
            String other = FeedNames.taken(s.name(), seen);
            if (other != null) {
                throw new FeedsException(FeedsException.Kind.ARGUMENT, "a feed named '" + other
                        + "' exists already; choose another name with --name");
            }
            seen.add(s.name());
            url(s.url().toString());
        }
    }

    /**
     * A feed's address: an absolute http or https URL with a host; the scheme and host in lower case.
     *
     * @throws FeedsException naming what is wrong with it
     */
    public static URI url(String text) throws FeedsException {
        String shown = "'" + YamlFile.printable(text) + "'";
        URI uri;
        try {
            uri = new URI(text.strip());
            uri.parseServerAuthority();
        } catch (URISyntaxException e) {
            throw new FeedsException(FeedsException.Kind.ARGUMENT, "not a URL: " + shown);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FeedsException(FeedsException.Kind.ARGUMENT, "not an http or https URL: " + shown);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FeedsException(FeedsException.Kind.ARGUMENT, "no host in the URL " + shown);
        }
        String given = text.strip();
        return URI.create(scheme + given.substring(given.indexOf(':')));
    }

    private String set(String text, List<String> path, String yaml) throws FeedsException {
        try {
            return YamlFile.set(text, label(), path, yaml);
        } catch (PreferencesException e) {
            throw new FeedsException(FeedsException.Kind.FILE, e.getMessage());
        }
    }

    private String text() throws FeedsException {
        try {
            return YamlFile.read(file);
        } catch (PreferencesException e) {
            throw new FeedsException(FeedsException.Kind.FILE, e.getMessage());
        }
    }

    private String label() {
        return YamlFile.label(file);
    }

    /** The subscriptions a text holds. */
    static List<Subscription> read(String text, String label) throws FeedsException {
        Node root;
        try {
            root = YamlFile.parse(text, label);
        } catch (PreferencesException e) {
            throw new FeedsException(FeedsException.Kind.FILE, e.getMessage());
        }
        if (root == null || root.getTag().equals(Tag.NULL)) {
            return List.of();
        }
        if (!(root instanceof MappingNode feeds)) {
            throw bad(label, root, "not a list of feeds (name: {url: …, tags: […]})");
        }
        List<Subscription> subscriptions = new ArrayList<>();
        for (NodeTuple tuple : feeds.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw bad(label, tuple.getKeyNode(), "a feed's name must be a word");
            }
            String name = key.getValue();
            String why = FeedNames.problem(name);
            if (why != null) {
                throw bad(label, key, "the feed name '" + YamlFile.printable(name) + "' is not allowed: " + why);
            }
            String other = FeedNames.taken(name, subscriptions.stream().map(Subscription::name).toList());
            if (other != null) {
                throw bad(label, key, "the feed names '" + other + "' and '" + name + "' differ only in case");
            }
            subscriptions.add(subscription(label, name, tuple.getValueNode()));
        }
        return subscriptions;
    }

    private static Subscription subscription(String label, String name, Node value) throws FeedsException {
        if (!(value instanceof MappingNode fields)) {
            throw bad(label, value, name + ": must hold url: and tags:");
        }
        String url = null;
        List<String> tags = List.of();
        for (NodeTuple field : fields.getValue()) {
            String key = field.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            Node node = field.getValueNode();
            if (key.equals("url")) {
                if (!(node instanceof ScalarNode scalar)) {
                    throw bad(label, node, name + ".url: must be a URL");
                }
                url = scalar.getValue();
            } else if (key.equals("tags")) {
                tags = tags(label, name, node);
            }
        }
        if (url == null) {
            throw bad(label, value, name + ": has no url");
        }
        try {
            return new Subscription(name, url(url), tags);
        } catch (FeedsException e) {
            throw bad(label, value, name + ".url: " + e.getMessage());
        }
    }

    private static List<String> tags(String label, String name, Node node) throws FeedsException {
        if (node instanceof ScalarNode scalar) {
            return scalar.getTag().equals(Tag.NULL) ? List.of() : Subscription.tags(List.of(scalar.getValue()));
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw bad(label, node, name + ".tags: must be a list of words");
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                throw bad(label, item, name + ".tags: must be a list of words");
            }
            tags.add(scalar.getValue());
        }
        return Subscription.tags(List.copyOf(tags));
    }

    private static FeedsException bad(String label, Node node, String message) {
        return new FeedsException(FeedsException.Kind.FILE, label + ":" + (node.getStartMark().getLine() + 1) + ": "
                + message);
    }
}
