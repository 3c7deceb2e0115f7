package com.wheyprice.common.privacy;

import java.util.UUID;

import com.wheyprice.platform.api.ErasureReceipt;

import io.smallrye.mutiny.Uni;

/** What a service that holds personal data answers when an admin asks whether it has erased a person. */
public interface ErasureReceipts {

    Uni<ErasureReceipt> receipt(UUID subject);
}
