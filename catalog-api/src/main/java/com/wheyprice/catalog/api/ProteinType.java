package com.wheyprice.catalog.api;

/** How the whey was processed, which decides its protein share and price. */
public enum ProteinType {
    CONCENTRATE, ISOLATE, HYDROLYSED, BLEND
}
