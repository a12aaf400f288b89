package org.primum.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.primum.policy.PolicyException;
import org.primum.policy.eval.CorpusException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code primum} command line: {@code check}, {@code eval}, {@code explain} and {@code rules}.
 *
 * <p>Exit codes: 0 nothing at or above the fail level, 1 something is, 2 usage or input error
 * (message on stderr; never a stack trace unless {@code PRIMUM_DEBUG} is set).
 */
@Command(
        name = "primum",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Checks a clinician's draft social-media post for PHI and personal medical advice.",
        subcommands = {CheckCommand.class, EvalCommand.class, ExplainCommand.class, RulesCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 nothing at or above the fail level, 1 something is, 2 usage or input error.",
                "Run 'primum COMMAND --help' for a command's options."})
public final class Main implements Callable<Integer> {

    /** Exit code: nothing at or above the fail level. */
    public static final int OK = 0;
    /** Exit code: a post reached the fail level. */
    public static final int FAILED = 1;
    /** Exit code: usage or input error. */
    public static final int ERROR = 2;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;
    private final boolean ansi;
    private final boolean interactive;

    /**
     * @param stdin what {@code -} reads
     * @param ansi whether to colour text output (stdout is a terminal and NO_COLOR is unset)
     * @param interactive whether stdin is a terminal (a hint is printed before reading it)
     */
    Main(InputStream stdin, boolean ansi, boolean interactive) {
        this.stdin = stdin;
        this.ansi = ansi;
        this.interactive = interactive;
    }

    InputStream stdin() {
        return stdin;
    }

    boolean ansi() {
        return ansi;
    }

    boolean interactive() {
        return interactive;
    }

    /** {@code primum} alone: prints the usage to stderr; it is a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("primum: missing command");
        spec.commandLine().usage(err);
        err.flush();
        return ERROR;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        String noColor = System.getenv("NO_COLOR");
        boolean terminal = System.console() != null;
        boolean ansi = terminal && (noColor == null || noColor.isEmpty());
        int code;
        try {
            code = commandLine(System.in, out, err, ansi, terminal).execute(args);
        } catch (RuntimeException | Error e) {
            code = report(e, err);
        } finally {
            out.flush();
            err.flush();
        }
        System.exit(code);
    }

    /** A configured command line writing to {@code out} and {@code err}; {@link CommandLine#execute} runs it. */
    static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err, boolean ansi,
            boolean interactive) {
        CommandLine cmd = new CommandLine(new Main(stdin, ansi, interactive));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(ansi ? Ansi.ON : Ansi.OFF));
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getOut().flush();
            return report(ex, commandLine.getErr());
        });
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter e = c.getErr();
            c.getOut().flush();
            e.println(c.getCommandName().equals("primum") ? "primum: " + ex.getMessage()
                    : "primum " + c.getCommandName() + ": " + ex.getMessage());
            UnmatchedArgumentException.printSuggestions(ex, e);
            String name = c.getCommandSpec().qualifiedName();
            e.println("Usage: " + c.getHelp().synopsis(0).strip());
            e.println("Run '" + name + " --help' for more information.");
            e.flush();
            return ERROR;
        });
        cmd.setExitCodeExceptionMapper(t -> ERROR);
        return cmd;
    }

    /** Prints an error message for a failure (no stack trace) and returns the exit code. */
    static int report(Throwable e, PrintWriter err) {
        err.println(message(e));
        if (System.getenv("PRIMUM_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return ERROR;
    }

    static String message(Throwable e) {
        if (e instanceof PolicyException || e instanceof CorpusException || e instanceof InputException) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException u) {
            return message(u.getCause());
        }
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": no such file";
        }
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "primum: input is not valid UTF-8";
        }
        if (e instanceof IOException) {
            return "primum: " + e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "primum: out of memory (raise -Xmx with PRIMUM_JAVA_OPTS)";
        }
        return "primum: internal error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + " (set PRIMUM_DEBUG=1 for a stack trace)";
    }

    /** Reads the version written into the jar at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"primum " + p.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
