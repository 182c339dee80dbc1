package vn.congvu.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;

/**
 * The encrypted envelope of a package (see docs/exchange.md): a clear header with the Argon2id
 * parameters, the salt and a key-check value, its SHA-256, then the zip in AES-256-GCM chunks of 1 MiB.
 * <p>
 * Chunks follow the STREAM construction: each has its own nonce (random prefix, chunk number, a flag set
 * only on the last chunk) and the header's digest as associated data, so chunks cannot be reordered,
 * dropped, cut short or moved to another package without failing authentication, and a 500 MB package
 * never has to sit in memory (the JDK's GCM buffers a whole message before releasing any of it).
 * <p>
 * A wrong passphrase is told apart from damage in three steps: a damaged header fails its digest; a
 * passphrase that derives the wrong key fails the key check, a small GCM message under a second derived
 * key; only then do chunk failures mean damage.
 */
public final class PackageCrypto {

    /** First bytes of an encrypted package; a plain one is a zip and starts with "PK". */
    public static final byte[] MAGIC = "CVPKGENC".getBytes(StandardCharsets.US_ASCII);
    public static final int ENVELOPE_VERSION = 1;
    static final int CHUNK_SIZE = 1 << 20;
    private static final int TAG_BYTES = 16;
    private static final int MAX_HEADER = 64 * 1024;
    private static final byte[] KEY_CHECK_PLAIN = "CONGVU-KEYCHECK1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY_CHECK_AAD = "congvu-package-key-check".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecureRandom random;

    public PackageCrypto(SecureRandom random) {
        this.random = random;
    }

    /** Whether {@code head} (the first bytes of a file) starts an encrypted package. */
    public static boolean isEncrypted(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC);
    }

    /** An output stream that encrypts what is written to it into {@code out}; closing it closes {@code out}. */
    public OutputStream encrypting(OutputStream out, char[] passphrase, KdfParams kdf) throws IOException {
        byte[] salt = randomBytes(16);
        byte[] noncePrefix = randomBytes(7);
        byte[] keyCheckNonce = randomBytes(12);
        Keys keys = derive(passphrase, salt, kdf);
        byte[] keyCheck;
        try {
            keyCheck = gcm(Cipher.ENCRYPT_MODE, keys.check, keyCheckNonce, KEY_CHECK_AAD, KEY_CHECK_PLAIN);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
        ObjectNode header = JSON.createObjectNode();
        header.put("envelope", ENVELOPE_VERSION);
        header.put("kdf", "argon2id");
        header.put("memoryKiB", kdf.memoryKiB());
        header.put("iterations", kdf.iterations());
        header.put("parallelism", kdf.parallelism());
        header.put("salt", b64(salt));
        header.put("cipher", "AES-256-GCM");
        header.put("chunkSize", CHUNK_SIZE);
        header.put("noncePrefix", b64(noncePrefix));
        header.put("keyCheckNonce", b64(keyCheckNonce));
        header.put("keyCheck", b64(keyCheck));
        byte[] headerBytes = JSON.writeValueAsBytes(header);
        ByteArrayOutputStream prefix = new ByteArrayOutputStream();
        prefix.write(MAGIC);
        prefix.write(ByteBuffer.allocate(4).putInt(headerBytes.length).array());
        prefix.write(headerBytes);
        byte[] digest = sha256(prefix.toByteArray());
        out.write(prefix.toByteArray());
        out.write(digest);
        return new ChunkWriter(out, keys.data, noncePrefix, digest);
    }

    /**
     * Decrypts an encrypted package from {@code in} (positioned at its start) into {@code out}.
     *
     * @throws PackageException WRONG_PASSPHRASE, DAMAGED or NEWER_FORMAT; {@code out} may then hold a part
     */
    public void decrypt(InputStream in, OutputStream out, char[] passphrase) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = readExactly(data, MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new PackageException(PackageException.Problem.NOT_A_PACKAGE);
        }
        byte[] lengthBytes = readExactly(data, 4);
        int length = ByteBuffer.wrap(lengthBytes).getInt();
        if (length <= 0 || length > MAX_HEADER) {
            throw new PackageException(PackageException.Problem.DAMAGED, "header length " + length);
        }
        byte[] headerBytes = readExactly(data, length);
        byte[] digest = readExactly(data, 32);
        ByteArrayOutputStream prefix = new ByteArrayOutputStream();
        prefix.write(magic);
        prefix.write(lengthBytes);
        prefix.write(headerBytes);
        if (!MessageDigest.isEqual(digest, sha256(prefix.toByteArray()))) {
            throw new PackageException(PackageException.Problem.DAMAGED, "header digest");
        }
        Header h = parseHeader(headerBytes);
        if (passphrase == null || passphrase.length == 0) {
            throw new PackageException(PackageException.Problem.PASSPHRASE_NEEDED);
        }
        Keys keys = derive(passphrase, h.salt, h.kdf);
        try {
            byte[] plain = gcm(Cipher.DECRYPT_MODE, keys.check, h.keyCheckNonce, KEY_CHECK_AAD, h.keyCheck);
            if (!Arrays.equals(plain, KEY_CHECK_PLAIN)) {
                throw new PackageException(PackageException.Problem.WRONG_PASSPHRASE);
            }
        } catch (AEADBadTagException e) {
            throw new PackageException(PackageException.Problem.WRONG_PASSPHRASE);
        } catch (GeneralSecurityException e) {
            throw new PackageException(e, PackageException.Problem.DAMAGED, "key check");
        }
        readChunks(data, out, keys.data, h.noncePrefix, digest);
    }

    private static void readChunks(DataInputStream in, OutputStream out, byte[] key, byte[] noncePrefix, byte[] aad)
            throws IOException {
        int full = CHUNK_SIZE + TAG_BYTES;
        byte[] current = new byte[full];
        int currentLength = in.readNBytes(current, 0, full);
        for (int index = 0; ; index++) {
            if (currentLength < TAG_BYTES) {
                throw new PackageException(PackageException.Problem.DAMAGED, "truncated at chunk " + index);
            }
            byte[] next = new byte[full];
            int nextLength = currentLength == full ? in.readNBytes(next, 0, full) : 0;
            boolean last = nextLength == 0;
            try {
                out.write(gcm(Cipher.DECRYPT_MODE, key, nonce(noncePrefix, index, last), aad,
                        Arrays.copyOf(current, currentLength)));
            } catch (GeneralSecurityException e) {
                throw new PackageException(e, PackageException.Problem.DAMAGED, "chunk " + index);
            }
            if (last) {
                return;
            }
            current = next;
            currentLength = nextLength;
        }
    }

    private record Header(KdfParams kdf, byte[] salt, byte[] noncePrefix, byte[] keyCheckNonce, byte[] keyCheck) {
    }

    private static Header parseHeader(byte[] bytes) {
        JsonNode h;
        try {
            h = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new PackageException(e, PackageException.Problem.DAMAGED, "header");
        }
        if (h == null || !h.isObject()) {
            throw new PackageException(PackageException.Problem.DAMAGED, "header");
        }
        if (h.path("envelope").asInt(0) > ENVELOPE_VERSION || !"argon2id".equals(h.path("kdf").asText())
                || !"AES-256-GCM".equals(h.path("cipher").asText()) || h.path("chunkSize").asInt() != CHUNK_SIZE) {
            throw new PackageException(PackageException.Problem.NEWER_FORMAT, "envelope " + h);
        }
        KdfParams kdf = new KdfParams(h.path("memoryKiB").asInt(), h.path("iterations").asInt(),
                h.path("parallelism").asInt());
        if (!kdf.acceptable()) {
            throw new PackageException(PackageException.Problem.DAMAGED, "key derivation parameters " + kdf);
        }
        try {
            Header parsed = new Header(kdf, unb64(h, "salt"), unb64(h, "noncePrefix"), unb64(h, "keyCheckNonce"),
                    unb64(h, "keyCheck"));
            if (parsed.salt.length < 16 || parsed.noncePrefix.length != 7 || parsed.keyCheckNonce.length != 12) {
                throw new PackageException(PackageException.Problem.DAMAGED, "header fields");
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new PackageException(e, PackageException.Problem.DAMAGED, "header fields");
        }
    }

    private record Keys(byte[] data, byte[] check) {
    }

    /**
     * Argon2id over the passphrase in Unicode NFC: Vietnamese typed on macOS arrives decomposed (NFD)
     * and on Windows composed, and both must open the same package.
     */
    static Keys derive(char[] passphrase, byte[] salt, KdfParams kdf) {
        String normalised = Normalizer.normalize(new String(passphrase), Normalizer.Form.NFC);
        byte[] secret = normalised.getBytes(StandardCharsets.UTF_8);
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(kdf.memoryKiB())
                .withIterations(kdf.iterations())
                .withParallelism(kdf.parallelism())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[64];
        generator.generateBytes(secret, out);
        Arrays.fill(secret, (byte) 0);
        return new Keys(Arrays.copyOfRange(out, 0, 32), Arrays.copyOfRange(out, 32, 64));
    }

    static byte[] nonce(byte[] prefix, int index, boolean last) {
        return ByteBuffer.allocate(12).put(prefix).putInt(index).put((byte) (last ? 1 : 0)).array();
    }

    private static byte[] gcm(int mode, byte[] key, byte[] nonce, byte[] aad, byte[] input)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BYTES * 8, nonce));
        cipher.updateAAD(aad);
        return cipher.doFinal(input);
    }

    private static byte[] readExactly(DataInputStream in, int n) throws IOException {
        byte[] b = new byte[n];
        try {
            in.readFully(b);
        } catch (EOFException e) {
            throw new PackageException(e, PackageException.Problem.DAMAGED, "truncated header");
        }
        return b;
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    private static byte[] unb64(JsonNode h, String field) {
        return Base64.getDecoder().decode(h.path(field).asText(""));
    }

    static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Buffers one chunk, and writes it once it is known whether it is the last. */
    private static final class ChunkWriter extends FilterOutputStream {

        private final byte[] key;
        private final byte[] noncePrefix;
        private final byte[] aad;
        private final byte[] buffer = new byte[CHUNK_SIZE];
        private int filled;
        private int index;
        private boolean closed;

        ChunkWriter(OutputStream out, byte[] key, byte[] noncePrefix, byte[] aad) {
            super(out);
            this.key = key;
            this.noncePrefix = noncePrefix;
            this.aad = aad;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == CHUNK_SIZE) {
                    emit(false); // more bytes follow, so the full chunk was not the last
                }
                int n = Math.min(len, CHUNK_SIZE - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void emit(boolean last) throws IOException {
            try {
                out.write(gcm(Cipher.ENCRYPT_MODE, key, nonce(noncePrefix, index, last), aad,
                        Arrays.copyOf(buffer, filled)));
            } catch (GeneralSecurityException e) {
                throw new IOException("encryption failed", e);
            }
            index++;
            filled = 0;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            emit(true);
            out.close();
        }
    }
}
