// A client developer's first afternoon with the platform, written against the TypeScript client
// that openapi-generator (typescript-fetch) makes of api-service's OpenAPI document, compiled with
// tsc --strict. It signs up, signs in and refreshes, searches with filters and walks the pages,
// reads a product and its price history, sets and removes a price alert, suggests a product page,
// makes an admin call, and handles the problems (400, 401, 404, 429) by their typed fields. Fields
// the API always sends are used without non-null assertions: the document marks them required.
//
// Usage: node dist/scenario.js, with
//   API_ORIGIN        where api-service listens (http://127.0.0.1:8080)
//   ADMIN_EMAIL, ADMIN_PASSWORD   an admin's credentials
//   SHOP_URL          a sample shop's base URL, for the product page suggested
//   LOCAL_ADDRESS     the loopback address to call from (its own rate-limit and sign-in buckets)
import { Agent } from "undici";
import {
    AccountApi,
    AdminApi,
    CatalogApi,
    Configuration,
    ProblemFromJSON,
    ProteinType,
    RefreshTokenGrantTypeEnum,
    ResponseError,
} from "./generated";
import type { FetchAPI, Problem } from "./generated";

const origin = required("API_ORIGIN");
const dispatcher = new Agent({ connect: { localAddress: process.env.LOCAL_ADDRESS ?? "127.0.0.1" } as Agent.Options["connect"] });
const fetchApi: FetchAPI = (input, init) => fetch(input, { ...init, dispatcher } as RequestInit);

function required(name: string): string {
    const value = process.env[name];
    if (value === undefined || value === "") {
        throw new Error(`${name} is not set`);
    }
    return value;
}

function configuration(accessToken?: string): Configuration {
    return new Configuration({ basePath: origin, fetchApi, accessToken });
}

function check(condition: boolean, what: string): void {
    if (!condition) {
        throw new Error(`failed: ${what}`);
    }
    console.log(`ok: ${what}`);
}

/** The problem a call answered with, read through the generated model. */
async function problemOf(call: () => Promise<unknown>): Promise<{ status: number; problem: Problem; headers: Headers }> {
    try {
        await call();
    } catch (error) {
        if (error instanceof ResponseError) {
            return { status: error.response.status, problem: ProblemFromJSON(await error.response.json()), headers: error.response.headers };
        }
        throw error;
    }
    throw new Error("the call succeeded, but a problem was expected");
}

async function main(): Promise<void> {
    const anonymous = configuration();
    const email = `scenario-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
    const password = "correct horse battery staple 42";

    const registration = await new AccountApi(anonymous).register({ register: { email, password, displayName: "Scenario Shopper" } });
    check(registration.email === email, "registering answers the address a verification link went to");

    const signedIn = await new AccountApi(anonymous).login({ login: { email, password } });
    check(signedIn.accessToken.length > 0 && signedIn.expiresIn > 0, "login answers an access token");
    const refreshToken = signedIn.refreshToken;
    if (refreshToken === undefined) {
        throw new Error("a shopper's login answers a refresh token");
    }
    const refreshed = await new AccountApi(anonymous).refreshToken({ grantType: RefreshTokenGrantTypeEnum.RefreshToken, refreshToken });
    check(refreshed.accessToken !== signedIn.accessToken, "refreshing answers a new access token");
    const shopper = configuration(refreshed.accessToken);
    const account = await new AccountApi(shopper).getAccount();
    check(account.tier === "USER" && account.emailVerified === false, "a new account is a USER whose address is not verified yet");

    const catalog = new CatalogApi(shopper);
    const seen = new Set<string>();
    let after: string | undefined;
    let pages = 0;
    do {
        const page = await catalog.listProducts({ proteinType: ProteinType.Isolate, inStock: true, sort: "price", limit: 2, after });
        for (const product of page.items) {
            check(!seen.has(product.id), `${product.name} (${product.brand.name}) appears once in the walk`);
            seen.add(product.id);
        }
        after = page.next;
        pages++;
    } while (after !== undefined && pages < 3);
    check(seen.size > 0, "the search walked its pages");

    const first = await catalog.listProducts({ q: "whey", limit: 1 });
    const summary = first.items[0];
    check(summary !== undefined, "a text search finds a product");
    if (summary === undefined) {
        return;
    }
    const product = await catalog.getProduct({ slugOrId: summary.slug });
    const variant = product.variants[0];
    check(variant !== undefined && product.brand.slug.length > 0, `${product.name} has variants`);
    if (variant === undefined) {
        return;
    }
    const history = await catalog.getPriceHistory({ id: variant.id, days: 30 });
    check(history.variantId === variant.id && history.series.every((series) => series.days.length >= 0), "the price history reads");

    const created = await catalog.createAlert({ alertRequest: { variantId: variant.id, targetPrice: { amountMinor: 100000, currency: "INR" } } });
    const alerts = await catalog.listAlerts();
    check(alerts.some((alert) => alert.id === created.id && alert.targetPrice.amountMinor === 100000 && alert.armed), "the alert is listed");
    await catalog.deleteAlert({ id: created.id });
    check(!(await catalog.listAlerts()).some((alert) => alert.id === created.id), "the deleted alert is gone");

    const suggested = await catalog.submitDiscovery({ submission: { url: `${required("SHOP_URL")}/gymbazaar/scenario-${Date.now()}.html` } });
    check(suggested.status === "PENDING" && suggested.domain.length > 0, "a suggested product page waits for review");

    const admin = await new AccountApi(anonymous).login({ login: { email: required("ADMIN_EMAIL"), password: required("ADMIN_PASSWORD") } });
    const users = await new AdminApi(configuration(admin.accessToken)).listUsers({ email });
    check(users.items.length === 1 && users.items[0]?.id === account.id, "an admin finds the new account by email");

    const badLimit = await problemOf(() => catalog.listProducts({ limit: 0 }));
    check(badLimit.status === 400 && (badLimit.problem.errors ?? []).some((error) => error.field === "limit"), "400 names the field");
    const noToken = await problemOf(() => new CatalogApi(anonymous).listAlerts());
    check(noToken.status === 401 && noToken.problem.type === "urn:whey:problem:unauthorized", "401 without a token");
    const missing = await problemOf(() => catalog.getProduct({ slugOrId: "no-such-product" }));
    check(missing.status === 404 && missing.problem.instance === "/api/v1/products/no-such-product", "404 names the public path");

    let throttled: { status: number; problem: Problem; headers: Headers } | undefined;
    for (let attempt = 0; attempt < 10 && throttled?.status !== 429; attempt++) {
        throttled = await problemOf(() => new AccountApi(anonymous).login({ login: { email, password: "not the password" } }));
    }
    check(throttled?.status === 429 && throttled.problem.type === "urn:whey:problem:too-many-requests"
        && Number(throttled.headers.get("Retry-After")) > 0, "429 after repeated wrong passwords, with Retry-After");
}

main().then(
    () => console.log("scenario passed"),
    (error: unknown) => {
        console.error(error);
        process.exit(1);
    },
);
