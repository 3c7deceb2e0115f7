package com.wheyprice.devrun;

import com.wheyprice.common.testing.FreePorts;

/** Services for the ITs' own suites, each on a free HTTP port and a free management port. */
final class TestServices {

    private TestServices() {
    }

    static Settings.Service onFreePorts(String name, String label) {
        return onFreePorts(name, label, FreePorts.any());
    }

    static Settings.Service onFreePorts(String name, String label, int port) {
        return new Settings.Service(name, port, label, FreePorts.any());
    }
}
