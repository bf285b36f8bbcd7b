package cn.renda.handling.internal;

import java.util.function.Supplier;

/** Reads at most once: a case's assignments, wanted by the visibility check and by the view alike. */
final class Once<T> implements Supplier<T> {
    private final Supplier<T> read;
    private T value;
    private boolean done;

    Once(Supplier<T> read) {
        this.read = read;
    }

    @Override
    public T get() {
        if (!done) {
            value = read.get();
            done = true;
        }
        return value;
    }
}
