package cn.renda.core;

/**
 * The {@code backup} and {@code restore} commands of the application jar (SECURITY.md): they work on the
 * database alone and start no application.
 */
public final class Backups {

    private Backups() {}

    /** Whether the command line asks for a backup or a restore. */
    public static boolean requested(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command and returns the process exit code. */
    public static int run(String[] args) {
        return cn.renda.core.db.BackupTool.run(args);
    }
}
