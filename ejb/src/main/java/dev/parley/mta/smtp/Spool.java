package dev.parley.mta.smtp;

import io.netty.buffer.ByteBuf;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One arriving message: in memory up to {@code memoryLimit} octets, then in a file of the spool folder.
 * Not durable by itself (the blob store's {@code put} is); a crash loses only unacknowledged data.
 */
final class Spool {

    private final Path dir;
    private final int memoryLimit;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream(8192);
    private Path file;
    private OutputStream fileOut;
    private long size;

    Spool(Path dir, int memoryLimit) {
        this.dir = dir;
        this.memoryLimit = memoryLimit;
    }

    void write(ByteBuf data) throws IOException {
        int n = data.readableBytes();
        if (fileOut == null && memory.size() + n > memoryLimit) {
            Files.createDirectories(dir);
            file = Files.createTempFile(dir, "in-", ".eml");
            fileOut = Files.newOutputStream(file);
            memory.writeTo(fileOut);
            memory = null;
        }
        data.getBytes(data.readerIndex(), fileOut != null ? fileOut : memory, n);
        size += n;
    }

    long size() {
        return size;
    }

    InputStream open() throws IOException {
        if (fileOut != null) {
            fileOut.close();
            return Files.newInputStream(file);
        }
        return new ByteArrayInputStream(memory.toByteArray());
    }

    void discard() {
        memory = null;
        if (file != null) {
            try {
                if (fileOut != null) {
                    fileOut.close();
                }
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stray spool file is harmless; start-up housekeeping is listed in docs/mta.md
            }
        }
    }
}
