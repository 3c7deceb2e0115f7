package com.wheyprice.common.contract;

/** How the whey was processed, which decides its protein share and price. */
public enum ProteinType {
    CONCENTRATE, ISOLATE, HYDROLYSED, BLEND
}
