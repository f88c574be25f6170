import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time of a profiled lede run goes: reads the execution samples (threads running Java code) and native
 * method samples (threads inside a native method: file I/O, stat) of one or more JFR recordings and prints the
 * hottest methods three ways: by the frame on top of the stack (self time, with its most frequent caller), by any
 * frame on the stack (total time: a method counted once per sample it appears in), and by the innermost frame of
 * lede's own code ({@code dev.lede}), which says which part of lede pays for the library and JDK code below it.
 * JFR's own threads are left out.
 *
 * <p>{@code java bench/JfrTop.java [--top N] FILE.jfr…}; bench/profile runs it.
 */
public final class JfrTop {

    private static final String LEDE = "dev.lede.";

    private final Map<String, Integer> self = new HashMap<>();
    private final Map<String, Map<String, Integer>> callers = new HashMap<>();
    private final Map<String, Integer> total = new HashMap<>();
    private final Map<String, Integer> lede = new HashMap<>();
    private final Map<String, Integer> threads = new HashMap<>();
    private int samples;
    private int nativeSamples;

    public static void main(String[] args) throws IOException {
        int top = 15;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--top")) {
                top = Integer.parseInt(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: java bench/JfrTop.java [--top N] FILE.jfr...");
            System.exit(2);
        }
        JfrTop profile = new JfrTop();
        for (Path file : files) {
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                profile.add(event);
            }
        }
        profile.print(top);
    }

    private void add(RecordedEvent event) {
        String type = event.getEventType().getName();
        boolean inNative = type.equals("jdk.NativeMethodSample");
        if (!inNative && !type.equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
            return;
        }
        RecordedThread thread = event.getThread("sampledThread");
        String threadName = thread == null ? "?" : String.valueOf(thread.getJavaName());
        if (threadName.startsWith("JFR ")) {
            return;
        }
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        if (frames.isEmpty()) {
            return;
        }
        samples++;
        nativeSamples += inNative ? 1 : 0;
        threads.merge(threadName.replaceAll("[0-9]+", "N"), 1, Integer::sum);
        String first = name(frames.get(0));
        self.merge(first, 1, Integer::sum);
        String caller = frames.size() > 1 ? name(frames.get(1)) : "(none)";
        callers.computeIfAbsent(first, k -> new HashMap<>()).merge(caller, 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        String innermostLede = null;
        for (RecordedFrame frame : frames) {
            String name = name(frame);
            if (seen.add(name)) {
                total.merge(name, 1, Integer::sum);
            }
            if (innermostLede == null && name.startsWith(LEDE)) {
                innermostLede = name;
            }
        }
        lede.merge(innermostLede == null ? "(no lede frame: JVM start-up, JDK or library threads)" : innermostLede,
                1, Integer::sum);
    }

    private static String name(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        String type = method.getType() == null ? "?" : method.getType().getName();
        return type + "." + method.getName();
    }

    private void print(int top) {
        System.out.printf("%d samples (%d in Java code, %d in native methods); by thread: %s%n", samples,
                samples - nativeSamples, nativeSamples, sorted(threads, 6));
        System.out.printf("%nself (top frame), with its most frequent caller:%n");
        for (Map.Entry<String, Integer> e : sorted(self, top)) {
            Map.Entry<String, Integer> by = sorted(callers.get(e.getKey()), 1).get(0);
            System.out.printf("%6.1f%%  %s%n          ← %s (%d%%)%n", percent(e.getValue()), e.getKey(), by.getKey(),
                    Math.round(100.0 * by.getValue() / e.getValue()));
        }
        System.out.printf("%ntotal (on the stack):%n");
        for (Map.Entry<String, Integer> e : sorted(total, top)) {
            System.out.printf("%6.1f%%  %s%n", percent(e.getValue()), e.getKey());
        }
        System.out.printf("%nby lede's innermost method (self time of lede and of the JDK and libraries it calls):%n");
        for (Map.Entry<String, Integer> e : sorted(lede, top)) {
            System.out.printf("%6.1f%%  %s%n", percent(e.getValue()), e.getKey());
        }
    }

    private double percent(int count) {
        return samples == 0 ? 0 : 100.0 * count / samples;
    }

    private static List<Map.Entry<String, Integer>> sorted(Map<String, Integer> counts, int top) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top).toList();
    }
}
