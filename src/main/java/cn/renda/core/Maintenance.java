package cn.renda.core;

/** Maintenance commands that run without the application: {@code backup} and {@code restore}. */
public final class Maintenance {

    private Maintenance() {}

    /** Runs {@code backup …} or {@code restore …}; returns the process exit code. */
    public static int run(String[] args) {
        return cn.renda.core.db.BackupTool.run(args);
    }
}
