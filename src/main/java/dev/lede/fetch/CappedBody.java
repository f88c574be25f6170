package dev.lede.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A response body read into memory up to a cap, and cancelled (the connection closed) beyond it or on
 * {@link #cancel()}. A body over the cap fails with a {@link FetchFault}, or, when it is not wanted anyway, ends
 * empty.
 */
final class CappedBody implements BodySubscriber<byte[]> {

    private final long cap;
    private final String overCap;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile Flow.Subscription subscription;

    /**
     * @param declared the Content-Length, or -1
     * @param overCap  the error of a body over the cap, or null to end empty instead
     */
    CappedBody(long cap, long declared, String overCap) {
        this.cap = cap;
        this.overCap = overCap;
        this.bytes = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 0), Math.min(cap, 1 << 20)));
        if (declared > cap) {
            over();
        }
    }

    /** True once the body has begun to arrive, so a fault from now on is a fault of the body. */
    boolean started() {
        return subscription != null;
    }

    /** Stops reading and closes the connection; the body fails, unless it was complete. */
    void cancel() {
        result.completeExceptionally(new FetchFault("cancelled"));
        cancelSubscription();
    }

    @Override
    public void onSubscribe(Flow.Subscription given) {
        subscription = given;
        if (result.isDone()) {
            cancelSubscription();
        } else {
            given.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > cap) {
                over();
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    private void over() {
        if (overCap == null) {
            result.complete(new byte[0]);
        } else {
            result.completeExceptionally(new FetchFault(overCap));
        }
        cancelSubscription();
    }

    private void cancelSubscription() {
        Flow.Subscription toCancel = subscription;
        if (toCancel != null && cancelled.compareAndSet(false, true)) {
            toCancel.cancel();
        }
    }
}
