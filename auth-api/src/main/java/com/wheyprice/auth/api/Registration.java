package com.wheyprice.auth.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a registration, the same whether the address was new or already had an account:
 * either way a message went to it (a link that verifies the address, or a note to its owner).
 *
 * @param email the address, as the platform spells it
 */
@Schema(requiredProperties = { "email" })
public record Registration(String email) {
}
