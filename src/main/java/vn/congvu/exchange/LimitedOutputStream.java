package vn.congvu.exchange;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Fails once more than a limit has been written: decryption must not fill the disk. */
final class LimitedOutputStream extends FilterOutputStream {

    static final class LimitExceeded extends IOException {
        LimitExceeded() {
            super("limit exceeded");
        }
    }

    private final long limit;
    private long written;

    LimitedOutputStream(OutputStream out, long limit) {
        super(out);
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        written += len;
        if (written > limit) {
            throw new LimitExceeded();
        }
        out.write(b, off, len);
    }
}
