package dev.smskit.stub.fuzz;

/** What a generated request is, which decides the answers it may get. */
enum Kind {
    /** Realistic and schema-valid: a documented 2xx, or a documented 4xx the request was excused for. */
    VALID,
    /** Schema-valid but odd (boundaries, huge strings, odd Unicode, unknown fields): documented 2xx or non-auth 4xx. */
    EDGE,
    /** One constraint broken: a documented non-auth 4xx in the API's error shape, nothing stored changes. */
    INVALID,
    /** Missing or wrong credentials: the API's documented auth error, nothing stored changes. */
    AUTH
}
