package com.wheyprice.scraper.work;

import java.util.function.Supplier;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Runs reactive work on a Vert.x duplicated context of its own, with a trace context current for
 * all of it. Quarkus keeps the current OpenTelemetry context in the duplicated context, and the
 * Redis, HTTP and REST clients call back on the context they were called from, so every span the
 * work starts, however late, is a child of that trace; a scope opened only while the pipeline is
 * built would be gone by the time anything runs.
 */
public final class TracedWork {

    private TracedWork() {
    }

    public static <T> Uni<T> within(Vertx vertx, Context trace, Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            io.vertx.core.Context own = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            own.runOnContext(ignored -> {
                Scope scope = trace.makeCurrent();
                Uni<T> started;
                try {
                    started = work.get();
                } catch (RuntimeException e) {
                    scope.close();
                    emitter.fail(e);
                    return;
                }
                started.onTermination().invoke(scope::close).subscribe().with(emitter::complete, emitter::fail);
            });
        });
    }
}
