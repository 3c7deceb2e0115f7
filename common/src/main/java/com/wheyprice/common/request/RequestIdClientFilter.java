package com.wheyprice.common.request;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Forwards the current request id on every call a REST client makes to another service. */
@Provider
public class RequestIdClientFilter implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        String id = RequestId.current();
        if (id != null && !request.getHeaders().containsKey(RequestId.HEADER)) {
            request.getHeaders().putSingle(RequestId.HEADER, id);
        }
    }
}
