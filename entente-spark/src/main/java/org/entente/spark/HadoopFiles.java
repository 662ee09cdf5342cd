package org.entente.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.entente.ingest.RawText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Inputs named by a URI ({@code hdfs://}, {@code s3a://}, {@code file:} or any scheme whose
 * connector is on the classpath), read through Hadoop's FileSystem with the cluster's own
 * configuration; a plain path is read as {@code ingest} reads it. Listed as {@code ingest} lists a
 * folder: every file below it, hidden ones aside, sorted by path.
 */
final class HadoopFiles {
    private HadoopFiles() {
    }

    /** Whether a path is a URI for Hadoop to read ("hdfs://nn/news", "s3a://bucket/news", "file:/data/news"). */
    static boolean isUri(String p) {
        return p.matches("[a-zA-Z][a-zA-Z0-9+.-]*:/.*") && !p.matches("[a-zA-Z]:[/\\\\].*"); // not a Windows drive
    }

    private static FileSystem fs(String uri) throws IOException {
        return FileSystem.get(URI.create(uri), new Configuration());
    }

    /** The files under a URI (itself, if it names a file), sorted by path; hidden files left out. */
    static List<String> files(String uri) {
        try {
            FileSystem fs = fs(uri);
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(uri);
            if (!fs.exists(root)) throw new IllegalArgumentException("no such file or folder: " + uri);
            FileStatus status = fs.getFileStatus(root);
            if (status.isFile()) return List.of(status.getPath().toString());
            List<String> out = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                if (f.isFile() && !f.getPath().getName().startsWith(".")) out.add(f.getPath().toString());
            }
            out.sort(null);
            return out;
        } catch (org.apache.hadoop.fs.UnsupportedFileSystemException e) {
            throw noConnector(uri, e);
        } catch (RuntimeException e) { // Hadoop knows the scheme's class (s3a) but the connector's jar is absent
            if (e.getCause() instanceof ClassNotFoundException) throw noConnector(uri, e);
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + uri + ": " + e.getMessage(), e);
        }
    }

    private static IllegalArgumentException noConnector(String uri, Exception e) {
        return new IllegalArgumentException(uri + ": no connector for this file system on the classpath (for s3a://, add hadoop-aws "
                + "and its AWS SDK: spark-submit --packages org.apache.hadoop:hadoop-aws:<the Hadoop version of your Spark>)", e);
    }

    /** The file's bytes from {@code offset} on. */
    static InputStream open(String uri, long offset) throws IOException {
        FSDataInputStream in = fs(uri).open(new org.apache.hadoop.fs.Path(uri));
        if (offset > 0) in.seek(offset);
        return in;
    }

    /**
     * A copy of a whole-file document in {@code dir}, under the file's own name (its document id and
     * kind come from the name), for the ingestors to read as they read a local file; null when the
     * file is larger than any document may be (not copied: refused by name by the caller).
     */
    static Path copy(String uri, Path dir) throws IOException {
        FileSystem fs = fs(uri);
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(uri);
        if (fs.getFileStatus(p).getLen() > RawText.MAX_BYTES) return null;
        Path local = dir.resolve(p.getName());
        try (InputStream in = fs.open(p)) {
            Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
        }
        return local;
    }
}
