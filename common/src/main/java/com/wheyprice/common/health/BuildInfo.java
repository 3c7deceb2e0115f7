package com.wheyprice.common.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What was built: the application version and the git commit, recorded into the jar at build
 * time by the git-commit-id plugin.
 */
public record BuildInfo(String version, String commit) {

    static final String GIT_PROPERTIES = "META-INF/whey/git.properties";

    static BuildInfo load(String version, ClassLoader classLoader) {
        Properties git = new Properties();
        try (InputStream in = classLoader.getResourceAsStream(GIT_PROPERTIES)) {
            if (in != null) {
                git.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + GIT_PROPERTIES, e);
        }
        String commit = git.getProperty("git.commit.id.abbrev", "unknown");
        if (Boolean.parseBoolean(git.getProperty("git.dirty", "false"))) {
            commit = commit + "-dirty";
        }
        return new BuildInfo(version, commit);
    }
}
