package com.wheyprice.common.error;

import jakarta.ws.rs.core.Response;

import com.wheyprice.common.request.RequestId;
import com.wheyprice.platform.api.Problem;
import com.wheyprice.platform.api.ProblemType;

/** Builds the problem+json response for a problem raised while serving a request. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static Problem problem(ProblemType type, String detail, String path) {
        return problem(type, type.status(), detail, path);
    }

    /** For framework errors, whose status may be one no type of ours is named after (say 418). */
    static Problem problem(ProblemType type, int status, String detail, String path) {
        return Problem.of(type, status, detail, path, RequestId.current());
    }

    static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
