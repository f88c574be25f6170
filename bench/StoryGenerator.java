import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes N synthetic stories in the seed format ({@code seeds/000_df008af81b2ca71f.txt} is the model) into a folder:
 * a title line, a plain lede, 2–4 labelled sections ({@code Context: …}), attributed quote lines
 * ({@code Name, role: “…”}, sometimes with no space after the colon), inline quoted spans ({@code “historic”}),
 * curly apostrophes and a few accented names; 1–4 KB, about 1.7 KB on average. The same seed always gives the same
 * files, byte for byte ({@link SplittableRandom} is specified to be reproducible).
 *
 * <p>Run without a build: {@code java bench/StoryGenerator.java N DIR [SEED] [--front-matter] [--folders K]}; with
 * {@code --front-matter} each story starts with a feed, a date and tags, as fetched stories do; with
 * {@code --folders K} the same stories (same names, same bytes) are spread over K folders
 * {@code DIR/folder-000}…, in file order, as the feeds write one folder per feed.
 */
public final class StoryGenerator {

    private static final String[] COUNTRIES = {
        "Albania", "Kosovo", "Greece", "Bulgaria", "Serbia", "Croatia", "Slovenia", "Romania", "Moldova", "Ukraine",
        "Poland", "Lithuania", "Latvia", "Estonia", "Finland", "Norway", "Denmark", "Portugal", "Spain", "Morocco",
        "Tunisia", "Egypt", "Jordan", "Kenya", "Ghana", "Nigeria", "Chile", "Peru", "Colombia", "Uruguay",
        "Vietnam", "Indonesia", "Malaysia", "Japan", "Mongolia", "Kazakhstan", "Georgia", "Armenia", "Iceland",
        "Ireland", "Austria", "Czechia", "Slovakia", "Hungary", "Montenegro", "North Macedonia", "Cyprus", "Malta"
    };
    private static final String[] GROUPS = {
        "Allies Group", "Trade Council", "Energy Forum", "Climate Caucus", "Water Commission", "Digital Alliance",
        "Health Network", "Rail Partnership", "Fisheries Board", "Science Compact", "Border Mission", "Press Union"
    };
    private static final String[] FIRST = {
        "Romina", "Gazmend", "Elira", "Dritan", "Maria", "Jonas", "Ana", "Luka", "Petra", "Milan", "Sofia", "Andrés",
        "Zoë", "Émile", "Jürgen", "Aisha", "Kofi", "Mei", "Hiroshi", "Olga", "Tomás", "Ingrid", "Nikos", "Leila"
    };
    private static final String[] LAST = {
        "Kuko", "Bardhi", "Hoxha", "Novak", "Petrov", "Lindqvist", "García", "Müller", "Okafor", "Tanaka", "Silva",
        "Kowalski", "Papadakis", "Haddad", "Nilsen", "Dubois", "Mensah", "Ivanova", "Costa", "O’Neill", "Byrne"
    };
    private static final String[] ROLES = {
        "Socialist MP", "head of the DP parliamentary group", "foreign minister", "deputy mayor", "trade envoy",
        "spokesperson for the ministry", "opposition leader", "economist at the central bank", "union organiser",
        "professor of law", "chief negotiator", "senior analyst"
    };
    private static final String[] LABELS = {
        "Why is this important", "Context", "International reaction", "What’s next", "The big picture",
        "Between the lines", "By the numbers", "Driving the news", "Zoom out", "The other side", "Flashback",
        "What they’re saying", "State of play", "Go deeper"
    };
    private static final String[] SUBJECTS = {
        "The group", "The government", "The new council", "Parliament", "The ministry", "Opposition parties",
        "Regional leaders", "The agreement", "The coalition", "Local officials", "The committee", "Observers",
        "The foundation", "Diplomats", "Business groups", "The central bank", "Civil society groups", "Voters"
    };
    private static final String[] VERBS = {
        "signals", "deepens", "reflects", "strengthens", "expands", "questions", "welcomes", "delays", "approves",
        "rejects", "reviews", "supports", "follows", "extends", "tests", "reshapes", "funds", "limits"
    };
    private static final String[] OBJECTS = {
        "cross-party unity", "its alignment with European partners", "the energy transition",
        "ties rooted in shared values", "a long-standing trade dispute", "the budget for next year",
        "public trust in institutions", "cooperation on border security", "investment in rail and ports",
        "the rights of seasonal workers", "a plan to modernise the grid", "talks on fishing quotas",
        "the reform of the judiciary", "a framework for digital services", "relief for flooded villages",
        "a regional water agreement", "funding for local newspapers", "the pace of interest rate cuts"
    };
    private static final String[] TAILS = {
        "on diplomatic and economic grounds", "despite objections from the opposition", "after months of talks",
        "ahead of the spring elections", "in a vote late on Tuesday", "with support from both sides",
        "according to officials familiar with the talks", "for the first time in a decade",
        "as prices continue to rise", "in the face of a slowing economy", "at a summit in the capital",
        "under pressure from neighbouring states"
    };
    private static final String[] SPANS = {
        "historic", "a turning point", "long overdue", "a symbolic gesture", "deeply worrying", "the right signal",
        "a step backwards", "unprecedented", "a matter of trust", "good news for families"
    };
    private static final String[] OUTLETS = {
        "The Jerusalem Post", "JNS", "Balkan Insight", "Reuters", "the national broadcaster", "Politico Europe",
        "Le Monde", "Deutsche Welle", "the state news agency", "local media"
    };

    private final SplittableRandom random;

    private StoryGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java bench/StoryGenerator.java N DIR [SEED] [--front-matter] [--folders K]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        long seed = 20251128L;
        boolean frontMatter = false;
        int folders = 0;
        for (int a = 2; a < args.length; a++) {
            switch (args[a]) {
                case "--front-matter" -> frontMatter = true;
                case "--folders" -> folders = Integer.parseInt(args[++a]);
                default -> seed = Long.parseLong(args[a]);
            }
        }
        Files.createDirectories(dir);
        StoryGenerator generator = new StoryGenerator(seed);
        // its own generator, so that the stories' text is the same with front matter or without
        SplittableRandom meta = new SplittableRandom(seed + 1);
        int digits = Math.max(3, String.valueOf(count - 1).length());
        int perFolder = folders <= 0 ? count : (count + folders - 1) / folders;
        int folderDigits = Math.max(3, String.valueOf(folders - 1).length());
        long bytes = 0;
        Path into = dir;
        for (int i = 0; i < count; i++) {
            String id = String.format("%016x", generator.random.nextLong());
            String text = generator.story();
            if (frontMatter) {
                text = frontMatter(meta, i, count) + text;
            }
            if (folders > 0 && i % perFolder == 0) {
                String folder = String.format("folder-%0" + folderDigits + "d", i / perFolder);
                into = Files.createDirectories(dir.resolve(folder));
            }
            byte[] story = text.getBytes(StandardCharsets.UTF_8);
            Files.write(into.resolve(String.format("%0" + digits + "d_%s.txt", i, id)), story);
            bytes += story.length;
        }
        System.err.printf("wrote %d stories, %d bytes (%.0f bytes on average) to %s%s%n",
                count, bytes, count == 0 ? 0.0 : (double) bytes / count, dir,
                folders > 0 ? " in " + folders + " folders of " + perFolder : "");
    }

    /** Twenty feeds: {@code feed-00}…{@code feed-19}. */
    static final int FEEDS = 20;
    /** The newest story is of this moment; the oldest a year before, in file order (fetched files are so named). */
    static final long END = java.time.Instant.parse("2026-12-01T00:00:00Z").toEpochMilli();
    private static final long YEAR = 365L * 24 * 3600 * 1000;

    /**
     * {@code feed} (one of {@link #FEEDS}, at random) and {@code date} (ISO, spread evenly over the year before
     * {@link #END}, so the last 7 days hold about 2% of the stories), and two of a few tags.
     */
    private static String frontMatter(SplittableRandom meta, int i, int count) {
        long at = END - YEAR + (count <= 1 ? YEAR : YEAR * i / (count - 1));
        return "---\nfeed: \"feed-" + String.format("%02d", meta.nextInt(FEEDS)) + "\"\ndate: \""
                + java.time.Instant.ofEpochMilli(at).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + "\"\ntags: [" + TAGS[meta.nextInt(TAGS.length)] + ", " + TAGS[meta.nextInt(TAGS.length)] + "]\n---\n";
    }

    private static final String[] TAGS = {"politics", "economy", "world", "energy", "climate", "sport", "culture"};

    private String story() {
        List<String> lines = new ArrayList<>();
        String country = pick(COUNTRIES);
        lines.add(title(country));
        lines.add(sentence(country) + " " + sentence(country));
        int sections = 2 + random.nextInt(3);
        int budget = 900 + random.nextInt(random.nextInt(10) == 0 ? 2800 : 1000);
        int size = lines.get(0).length() + lines.get(1).length();
        for (int s = 0; s < sections; s++) {
            String label = LABELS[(s * 5 + random.nextInt(LABELS.length)) % LABELS.length];
            String first = label + ": " + sentence(country) + " " + sentence(country);
            lines.add(first);
            size += first.length();
            int extra = random.nextInt(3);
            for (int p = 0; p < extra && size < budget; p++) {
                String line = random.nextInt(3) == 0 ? quote(country) : paragraph(country);
                lines.add(line);
                size += line.length();
            }
        }
        while (size < budget) {
            String line = random.nextBoolean() ? quote(country) : paragraph(country);
            lines.add(line);
            size += line.length();
        }
        String text = String.join("\n", lines);
        return random.nextInt(4) == 0 ? text + "\n" : text;
    }

    private String title(String country) {
        return switch (random.nextInt(4)) {
            case 0 -> country + " joins " + pick(COUNTRIES) + " " + pick(GROUPS) + ", signaling " + pick(OBJECTS);
            case 1 -> pick(SUBJECTS) + " in " + country + " " + pick(VERBS) + " " + pick(OBJECTS);
            case 2 -> country + " and " + pick(COUNTRIES) + " agree on " + pick(OBJECTS);
            default -> "In " + country + ", " + lower(pick(SUBJECTS)) + " " + pick(VERBS) + " " + pick(OBJECTS);
        };
    }

    private String paragraph(String country) {
        StringBuilder text = new StringBuilder(sentence(country));
        int more = 1 + random.nextInt(3);
        for (int i = 0; i < more; i++) {
            text.append(' ').append(sentence(country));
        }
        return text.toString();
    }

    private String sentence(String country) {
        String subject = pick(SUBJECTS);
        return switch (random.nextInt(6)) {
            case 0 -> subject + " " + pick(VERBS) + " " + pick(OBJECTS) + " in " + country + ", which "
                    + pick(OUTLETS) + " called “" + pick(SPANS) + ".”";
            case 1 -> pick(OUTLETS) + " noted that " + lower(subject) + " " + pick(VERBS) + " " + pick(OBJECTS)
                    + " " + pick(TAILS) + ".";
            case 2 -> "The move " + pick(VERBS) + " " + pick(OBJECTS) + ", and " + person() + " described it as “"
                    + pick(SPANS) + "”.";
            case 3 -> country + "’s " + lower(subject) + " " + pick(VERBS) + " " + pick(OBJECTS) + " "
                    + pick(TAILS) + ".";
            default -> subject + " " + pick(VERBS) + " " + pick(OBJECTS) + " " + pick(TAILS) + ".";
        };
    }

    private String quote(String country) {
        String colon = random.nextInt(5) == 0 ? ":" : ": ";
        return person() + ", " + pick(ROLES) + colon + "“" + sentence(country) + " " + sentence(country) + "”";
    }

    private String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String lower(String text) {
        return text.equals("Parliament") ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
