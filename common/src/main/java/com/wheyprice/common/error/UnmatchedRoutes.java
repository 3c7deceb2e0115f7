package com.wheyprice.common.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.platform.api.Problem;
import com.wheyprice.platform.api.ProblemType;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers requests that no route of the service knows (outside the REST resources as well)
 * with a problem+json 404 instead of Vert.x's plain-text page.
 */
@ApplicationScoped
public class UnmatchedRoutes {

    private final ObjectMapper json;

    UnmatchedRoutes(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().last().handler(this::notFound);
    }

    private void notFound(RoutingContext context) {
        Problem problem = ProblemResponses.problem(ProblemType.NOT_FOUND,
                "no resource at " + context.request().method() + " " + context.request().path(), context.request().path());
        try {
            context.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
