package com.wheyprice.common.db;

import java.time.Duration;

/**
 * Migrates one service's schema and exits, without starting the service: what a deploy runs
 * before it sends traffic to a new version ({@code make migrate}, the Kubernetes migration Job).
 * It runs on the service's own classpath, which holds that service's scripts:
 * {@code java -cp '<service>/lib/*' com.wheyprice.common.db.MigrateCommand <service-name>}, with
 * {@code DATABASE_URL} set as for the service.
 */
public final class MigrateCommand {

    private MigrateCommand() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: MigrateCommand <service-name>   (DATABASE_URL as for the service)");
            System.exit(2);
        }
        String value = System.getenv(DatabaseUrl.VARIABLE);
        if (value == null || value.isBlank()) {
            System.err.println(DatabaseUrl.VARIABLE + " is not set");
            System.exit(2);
        }
        try {
            DatabaseUrl url = DatabaseUrl.parse(value);
            int applied = Migrations.migrate(url, args[0], Duration.ofSeconds(30));
            System.out.println(args[0] + ": schema up to date on " + url.redacted() + " (" + applied + " migrations applied)");
        } catch (RuntimeException e) {
            System.err.println(args[0] + ": migration failed: " + e.getMessage());
            System.exit(1);
        }
    }
}
