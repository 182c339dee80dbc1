package vn.congvu.store;

import com.github.f4b6a3.uuid.UuidCreator;

/** Makes record ids. Time-ordered UUIDs (v7) keep inserts at the end of the primary-key index. */
@FunctionalInterface
public interface IdGenerator {

    String newId();

    static IdGenerator timeOrdered() {
        return () -> UuidCreator.getTimeOrderedEpoch().toString();
    }
}
