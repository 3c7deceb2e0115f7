package com.wheyprice.common.metrics;

import java.io.File;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.system.DiskSpaceMetrics;

/**
 * {@code disk_free_bytes} and {@code disk_total_bytes} of the volume the service works on (its
 * working directory: the SQLite files and logs in development, the container's writable layer or
 * volume in production), for the disk-space alert.
 */
@Singleton
public class DiskSpace {

    @Produces
    @Singleton
    MeterBinder workingDirectory() {
        return new DiskSpaceMetrics(new File(".").getAbsoluteFile());
    }
}
