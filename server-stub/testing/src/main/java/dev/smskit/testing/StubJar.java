package dev.smskit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The stub's self-contained jar (the {@code server-stub} artifact with classifier {@code exec}), made
 * ready to start fast: once per jar and JDK, it is extracted to Spring Boot's plain layout (a jar and
 * its {@code lib/}, loaded by the JDK's own class loader) and a training run leaves a class-data
 * sharing archive beside it, as the stub's build does for {@code stub.sh}.
 */
final class StubJar {

    /** Names the jar to run instead of the one on the class path. */
    static final String JAR_PROPERTY = "smskit.stub.jar";

    /** Where extracted stubs are kept between runs (default: {@code smskit-stub} in the temporary directory). */
    static final String CACHE_PROPERTY = "smskit.stub.cache";

    /** {@code false} starts the stub without a class-data sharing archive (and makes none). */
    static final String CDS_PROPERTY = "smskit.stub.cds";

    /** A class only the stub's exec jar has, as a plain entry: it locates the jar on the class path. */
    private static final String MARKER = "BOOT-INF/classes/dev/smskit/stub/StubServerApplication.class";

    private static final System.Logger log = System.getLogger(StubJar.class.getName());

    private final Path application;
    private final Path archive;

    private StubJar(Path application, Path archive) {
        this.application = application;
        this.archive = archive;
    }

    /** The extracted application jar, with its class path in the manifest. */
    Path application() {
        return application;
    }

    /** The class-data sharing archive, if one could be made. */
    Path archive() {
        return archive;
    }

    static Path java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * Finds the exec jar and makes it ready, reusing the work of earlier runs.
     *
     * @throws IllegalStateException if there is no stub jar or it cannot be extracted
     */
    static synchronized StubJar prepare() {
        Path jar = locate();
        Path cache = Paths.get(System.getProperty(CACHE_PROPERTY, Paths.get(System.getProperty("java.io.tmpdir"), "smskit-stub").toString()));
        Path home = cache.resolve(key(jar));
        Path application = home.resolve("server-stub.jar");
        try {
            if (!Files.isRegularFile(application)) {
                extract(jar, home);
                forgetOldJars(cache, home);
            } else {
                // in use: kept by forgetOldJars
                Files.setLastModifiedTime(home, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
            }
            Path archive = home.resolve("server-stub.jsa");
            if (Boolean.parseBoolean(System.getProperty(CDS_PROPERTY, "true")) && !Files.isRegularFile(archive)) {
                train(application, archive);
            }
            return new StubJar(application, Files.isRegularFile(archive) ? archive : null);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot make the stub jar " + jar + " ready in " + home, failed);
        }
    }

    private static Path locate() {
        String named = System.getProperty(JAR_PROPERTY);
        if (named != null) {
            Path jar = Paths.get(named);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(JAR_PROPERTY + "=" + named + " names no file");
            }
            return jar;
        }
        URL marker = StubJar.class.getClassLoader().getResource(MARKER);
        if (marker == null || !"jar".equals(marker.getProtocol())) {
            throw new IllegalStateException("the smskit stub jar is not on the class path: add the dependency "
                    + "dev.smskit:server-stub:<version>:exec (the kit brings it), or name a jar with -D" + JAR_PROPERTY);
        }
        try {
            return Paths.get(((JarURLConnection) marker.openConnection()).getJarFileURL().toURI());
        } catch (IOException | URISyntaxException failed) {
            throw new IllegalStateException("cannot open the smskit stub jar at " + marker, failed);
        }
    }

    /** One folder per jar (path, size, time) and JDK: a rebuilt jar or another JDK gets its own. */
    private static String key(Path jar) {
        try {
            String identity = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                    + "|" + System.getProperty("java.vm.version");
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (IOException | NoSuchAlgorithmException failed) {
            throw new IllegalStateException("cannot read the smskit stub jar " + jar, failed);
        }
    }

    /** Extracts beside the final folder and renames it into place, so that parallel test JVMs never see half of it. */
    private static void extract(Path jar, Path home) throws IOException {
        Files.createDirectories(home.getParent());
        Path partial = Files.createTempDirectory(home.getParent(), home.getFileName() + ".extracting-");
        try {
            run("extract the stub jar", List.of(java().toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
                    "--destination", partial.toString(), "--application-filename", "server-stub.jar", "--force"), partial);
            try {
                Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException another) {
                // another JVM was quicker: its copy is as good
            } catch (AtomicMoveNotSupportedException unsupported) {
                Files.move(partial, home);
            }
        } finally {
            delete(partial);
        }
    }

    /**
     * Starts the stub once with {@code -XX:ArchiveClassesAtExit}: its {@code ClassDataTraining} sends
     * each API a few requests and exits, and the JVM writes the classes it loaded to the archive.
     * A failed training costs only speed.
     */
    private static void train(Path application, Path archive) throws IOException {
        Path partial = archive.resolveSibling("server-stub.jsa." + ProcessHandle.current().pid() + ".partial");
        List<String> command = new ArrayList<>(List.of(java().toString(), "-XX:ArchiveClassesAtExit=" + partial,
                "-Xlog:cds*=error", "-XX:+UseSerialGC", "-Dspring.aot.enabled=true",
                "-cp", application.toString(), "dev.smskit.stub.ClassDataTraining",
                "--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=error", "--logging.level.dev.smskit=warn"));
        long started = System.nanoTime();
        try {
            run("train the stub for class-data sharing", command, application.getParent());
            Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            log.log(System.Logger.Level.INFO, () -> "smskit stub: class-data sharing archive made in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms (once per stub jar and JDK): " + archive);
        } catch (IllegalStateException | IOException failed) {
            log.log(System.Logger.Level.WARNING, "smskit stub: starting without class-data sharing, the training run failed", failed);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Each rebuilt stub jar gets a folder: the ones unused for a day go when a new one comes. */
    private static void forgetOldJars(Path cache, Path kept) {
        long dayAgo = System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1);
        try (Stream<Path> folders = Files.list(cache)) {
            for (Path folder : folders.filter(folder -> !folder.equals(kept)).toArray(Path[]::new)) {
                if (Files.getLastModifiedTime(folder).toMillis() < dayAgo) {
                    delete(folder);
                }
            }
        } catch (IOException ignored) {
            // only space is lost
        }
    }

    private static void run(String what, List<String> command, Path directory) throws IOException {
        Path output = Files.createTempFile("smskit-stub-", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean done = process.waitFor(2, TimeUnit.MINUTES);
            if (!done) {
                process.destroyForcibly();
            }
            if (!done || process.exitValue() != 0) {
                throw new IllegalStateException("cannot " + what + " (" + String.join(" ", command) + "): "
                        + (done ? "exit code " + process.exitValue() : "still running after 2 minutes") + "\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while trying to " + what, interrupted);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void delete(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toArray(Path[]::new)) {
                Files.deleteIfExists(path);
            }
        }
    }
}
