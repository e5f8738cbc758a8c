package io.github.cloudbaseauth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Reads an answer's body into memory, up to a cap: a bigger answer fails the call. */
final class CappedBody {
    private CappedBody() {}

    /** The answer was bigger than the cap (no more of it is read). */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long cap) {
            super("the answer is larger than " + cap + " bytes", null);
        }
    }

    static HttpResponse.BodyHandler<byte[]> handler(long cap) {
        return info -> {
            // A declared length over the cap is refused before a byte of the body is read.
            boolean refuse = info.headers().firstValueAsLong("content-length").orElse(-1) > cap;
            return new Subscriber(cap, refuse);
        };
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final long cap;
        private final boolean refuse;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;
        private long size;

        Subscriber(long cap, boolean refuse) {
            this.cap = cap;
            this.refuse = refuse;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (refuse) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge(cap));
                return;
            }
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                size += item.remaining();
                if (size > cap) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge(cap));
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                buffer.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }
    }
}
