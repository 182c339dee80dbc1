package vn.congvu.exchange;

/**
 * Cost of the Argon2id key derivation. The defaults follow RFC 9106's second recommended option
 * (64 MiB, 3 passes) with one lane, because Bouncy Castle computes lanes one after the other: about a
 * second on an ordinary laptop, which is nothing for one export and much for someone trying passphrases.
 * Reading a package accepts at most {@link #MAX_MEMORY_KIB} and {@link #MAX_ITERATIONS}, so a hostile
 * header cannot make the app allocate gigabytes.
 */
public record KdfParams(int memoryKiB, int iterations, int parallelism) {

    public static final KdfParams DEFAULT = new KdfParams(64 * 1024, 3, 1);
    public static final int MAX_MEMORY_KIB = 1024 * 1024;
    public static final int MAX_ITERATIONS = 16;
    public static final int MAX_PARALLELISM = 8;

    public boolean acceptable() {
        return memoryKiB >= 8 * parallelism && memoryKiB <= MAX_MEMORY_KIB && iterations >= 1
                && iterations <= MAX_ITERATIONS && parallelism >= 1 && parallelism <= MAX_PARALLELISM;
    }
}
