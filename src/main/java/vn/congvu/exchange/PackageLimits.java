package vn.congvu.exchange;

/**
 * What a package may hold before it is treated as a decompression bomb or a runaway file. Sizes are
 * counted on the bytes actually inflated, never taken from the zip's headers, which a hostile file can
 * fill with anything.
 *
 * @param maxEntries   entries in the zip (records of 25 tables, and one per evidence file)
 * @param maxEntrySize bytes of one entry once inflated (a photo or a scan; the records of one table)
 * @param maxTotalSize bytes of all entries once inflated
 * @param maxRatio     inflated size over compressed size, for entries over {@link #RATIO_FLOOR} bytes:
 *                     JSON compresses about 10:1 and photos not at all, a bomb 1000:1
 */
public record PackageLimits(int maxEntries, long maxEntrySize, long maxTotalSize, int maxRatio) {

    public static final long RATIO_FLOOR = 1 << 20;
    public static final long MAX_MANIFEST = 16L << 20;

    public static final PackageLimits DEFAULT = new PackageLimits(200_000, 512L << 20, 16L << 30, 100);
}
