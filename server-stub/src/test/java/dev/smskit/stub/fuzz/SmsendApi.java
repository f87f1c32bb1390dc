package dev.smskit.stub.fuzz;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.swagger.v3.oas.models.media.Schema;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** smsend: user key with access token or session key headers, groups, contacts and SMS orders, short text/plain errors. */
final class SmsendApi implements FuzzedApi {

    private static final String REST = "/API/v1.0/REST";
    private static final Pattern GROUP_LOCATION = Pattern.compile("^/group/(\\d+)$");
    private static final Pattern CONTACT_LOCATION = Pattern.compile("^/contact/(\\d+)$");
    /** The birth date formats the spec lists. */
    private static final List<String> DATE_FORMATS = List.of(
            "ddMMyy", "yyyyMMdd", "ddMMyyHHmm", "yyyyMMddHHmmss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm'.0'");

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]{1,20}");
    private static final List<String> TIME_ZONES = List.of("Europe/Rome", "UTC", "America/New_York", "Asia/Tokyo", "Europe/London");

    /** What makes two contacts clash when several are added at once: the email (ignoring case) or the phone number. */
    private record ContactKey(String email, String phone) {
        boolean clashes(String otherEmail, String otherPhone) {
            return email != null && email.equalsIgnoreCase(otherEmail) || phone != null && phone.equals(otherPhone);
        }
    }

    /** One user's credentials: the user key with an access token and a session key. */
    private record Login(String userKey, String accessToken, String sessionKey) {
        Map<String, String> headers() {
            return Map.of("user_key", userKey, "Access_token", accessToken);
        }
    }

    private Login user;
    private Login other;
    /** Group ids of user {@code test}, and the contacts with the groups each belongs to. */
    private final Set<Integer> groups = new TreeSet<>();
    private final Map<Integer, Set<Integer>> contacts = new LinkedHashMap<>();
    /** The name of each group of user {@code test}, the email and phone number of each contact. */
    private final Map<Integer, String> groupNames = new LinkedHashMap<>();
    private final Map<Integer, ContactKey> contactKeys = new LinkedHashMap<>();
    /** The highest contact id given out: ids are shared by all users, and only user test adds contacts during the run. */
    private int lastContactId;
    /** The SMS orders of user {@code test}. */
    private final Set<String> orders = new LinkedHashSet<>();
    private Integer otherGroup;
    private Integer otherContact;
    private String otherState;

    @Override
    public String specResource() {
        return "specs/smsend.yaml";
    }

    // ---- state ------------------------------------------------------------------------------

    @Override
    public void seed(StubClient stub) {
        user = login(stub, "test");
        other = login(stub, "test2");
        JsonNode listed = stub.call("GET", REST + "/groups?pageSize=100000", user.headers(), null).json();
        listed.path("groups").forEach(g -> {
            groups.add(Integer.parseInt(g.path("id_group").asString()));
            groupNames.put(Integer.parseInt(g.path("id_group").asString()), g.path("group_name").asString());
        });
        for (String name : List.of("VIP customers", "Newsletter", "Suppliers")) {
            createGroup(stub, user, name);
        }
        List<Integer> known = new ArrayList<>(groups);
        for (int i = 0; i < 3; i++) {
            createContact(stub, known.subList(0, i));
        }
        otherGroup = createGroup(stub, other, "Other user");
        Exchange created = stub.call("POST", REST + "/contact", other.headers(),
                "{\"phoneNumber\":\"+393471234567\",\"name\":\"Private\",\"groupIds\":[\"" + otherGroup + "\"]}");
        Ip1V1Api.require(created, 201);
        otherContact = id(CONTACT_LOCATION, created.header("Location"));
        lastContactId = Math.max(lastContactId, otherContact);
        otherState = otherState(stub);
    }

    private static Login login(StubClient stub, String username) {
        String token = loginText(stub, "token", username);
        String session = loginText(stub, "login", username);
        return new Login(token.split(";")[0], token.split(";")[1], session.split(";")[1]);
    }

    private static String loginText(StubClient stub, String path, String username) {
        Exchange answer = stub.call("GET", REST + "/" + path + "?username=" + username + "&password=" + username, Map.of(), null);
        Ip1V1Api.require(answer, 200);
        return answer.text().trim();
    }

    @Override
    public boolean restock(StubClient stub) {
        boolean changed = false;
        while (groups.size() < 3) {
            changed = true;
            createGroup(stub, user, "Restocked");
        }
        while (contacts.size() < 3) {
            changed = true;
            createContact(stub, List.of(groups.iterator().next()));
        }
        while (groups.size() > 40) {
            changed = true;
            Integer oldest = groups.iterator().next();
            Ip1V1Api.require(stub.call("DELETE", REST + "/group/" + oldest, user.headers(), null), 200);
            groups.remove(oldest);
            groupNames.remove(oldest);
            contacts.values().forEach(in -> in.remove(oldest));
        }
        return changed;
    }

    private int createGroup(StubClient stub, Login login, String name) {
        Exchange created = stub.call("POST", REST + "/group", login.headers(), "{\"name\":\"" + name + "\",\"description\":\"seeded\"}");
        Ip1V1Api.require(created, 201);
        int id = id(GROUP_LOCATION, created.header("Location"));
        if (login == user) {
            groups.add(id);
            groupNames.put(id, name);
        }
        return id;
    }

    private void createContact(StubClient stub, List<Integer> in) {
        String phone = "+4670123400" + contacts.size() % 10;
        ObjectNode body = Json.NODES.objectNode().put("phoneNumber", phone).put("name", "Seeded");
        ArrayNode ids = body.putArray("groupIds");
        in.forEach(g -> ids.add(String.valueOf(g)));
        Exchange created = stub.call("POST", REST + "/contact", user.headers(), body.toString());
        Ip1V1Api.require(created, 201);
        int id = id(CONTACT_LOCATION, created.header("Location"));
        contacts.put(id, new TreeSet<>(in));
        contactKeys.put(id, new ContactKey(null, phone));
        lastContactId = Math.max(lastContactId, id);
    }

    private static Integer id(Pattern location, String header) {
        Matcher matcher = location.matcher(header == null ? "" : header);
        return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
    }

    private String otherState(StubClient stub) {
        return stub.call("GET", REST + "/groups?pageSize=1000", other.headers(), null).text()
                + "\n" + stub.call("GET", REST + "/contact/" + otherContact, other.headers(), null).text();
    }

    // ---- generation -------------------------------------------------------------------------

    @Override
    public void authenticate(Draft draft, Choices choices) {
        draft.headers.put("user_key", user.userKey());
        if (choices.percent(40)) {
            draft.headers.put("Session_key", user.sessionKey());
        } else {
            draft.headers.put("Access_token", user.accessToken());
        }
        draft.shellPrelude = "TOKEN=$(curl -s \"$STUB" + REST + "/token?username=test&password=test\"); "
                + "SESSION=$(curl -s \"$STUB" + REST + "/login?username=test&password=test\"); ";
        draft.shellValues.put(user.userKey(), "${TOKEN%%;*}");
        draft.shellValues.put(user.accessToken(), "${TOKEN#*;}");
        draft.shellValues.put(user.sessionKey(), "${SESSION#*;}");
    }

    @Override
    public List<Mutation> authMutations() {
        return List.of(
                credentials("no credentials", null, null, null),
                credentials("user key only", "user", null, null),
                credentials("access token without user key", null, "token", null),
                credentials("wrong access token", "user", "wrong", null),
                credentials("wrong session key", "user", null, "wrong"),
                credentials("wrong user key", "wrong", "token", null),
                credentials("the other user's key with this user's token", "other", "token", null),
                credentials("this user's key with the other user's token", "user", "other", null),
                credentials("the access token sent as session key", "user", null, "token"),
                credentials("the session key sent as access token", "user", "session", null));
    }

    private Mutation credentials(String name, String userKey, String accessToken, String sessionKey) {
        return Mutation.of(name, false, (d, c) -> {
            d.headers.remove("user_key");
            d.headers.remove("Access_token");
            d.headers.remove("Session_key");
            put(d, "user_key", userKey);
            put(d, "Access_token", accessToken);
            put(d, "Session_key", sessionKey);
            return true;
        });
    }

    private void put(Draft draft, String header, String which) {
        if (which == null) {
            return;
        }
        draft.headers.put(header, switch (which) {
            case "user" -> user.userKey();
            case "other" -> header.equals("user_key") ? other.userKey() : other.accessToken();
            case "token" -> user.accessToken();
            case "session" -> user.sessionKey();
            default -> "wrong-" + header.toLowerCase();
        });
    }

    @Override
    public Set<Integer> authStatuses(Operation op) {
        Set<Integer> statuses = new HashSet<>(Set.of(401));
        var notFound = op.response(404);
        if (notFound != null && notFound.getDescription() != null && notFound.getDescription().matches("(?is).*user.*")) {
            statuses.add(404); // smsend documents an unknown user key as 404 on these operations
        }
        return statuses;
    }

    @Override
    public JsonNode hint(Draft draft, String name, Schema<?> schema, Choices choices) {
        if ("object".equals(Values.type(schema))) {
            return null;
        }
        boolean sms = draft.op.pathTemplate().equals("/sms") || draft.op.pathTemplate().equals("/smstogroups");
        if (sms && !"array".equals(Values.type(schema))) {
            JsonNode value = smsHint(draft, name, choices);
            if (value != null || List.of("recipient", "scheduled_delivery_time", "scheduled_delivery_timezone").contains(name)) {
                return value;
            }
        }
        if (name.equals("order_id") && draft.op.pathTemplate().equals("/sms/{order_id}")) {
            List<String> known = new ArrayList<>(orders);
            return choices.below(100) < 80 && !known.isEmpty() ? Json.NODES.stringNode(known.get(choices.below(known.size()))) : null;
        }
        switch (name) {
            case "username" -> {
                if (choices.below(100) < 85) {
                    return Json.NODES.stringNode("test");
                }
                draft.excuse(404, "an unknown user name");
                draft.excuse(400, "a user name that cannot be one");
                return null;
            }
            case "password" -> {
                if ("test".equals(draft.query.get("username")) && choices.below(100) < 85) {
                    return Json.NODES.stringNode("test");
                }
                draft.excuse(404, "a wrong password");
                draft.excuse(400, "a password that cannot be one");
                return null;
            }
            case "group_id" -> {
                return Json.NODES.numberNode(reference(draft, new ArrayList<>(groups), otherGroup, "group", schema, choices));
            }
            case "contact_id", "contactid" -> {
                if ("string".equals(schema.getType()) && choices.percent(10)) {
                    return null; // any text
                }
                int contact = reference(draft, new ArrayList<>(contacts.keySet()), otherContact, "contact", schema, choices);
                if (draft.op.method().equals("DELETE") && draft.path.containsKey("group_id")) {
                    Set<Integer> in = contacts.get(contact);
                    if (in == null || !in.contains(Integer.valueOf(draft.path.get("group_id")))) {
                        draft.excuse(400, "the contact is not in the group");
                    }
                }
                return "string".equals(schema.getType()) ? Json.NODES.stringNode(String.valueOf(contact)) : Json.NODES.numberNode(contact);
            }
            case "phoneNumber" -> {
                if (choices.below(100) < 85) {
                    return Json.NODES.stringNode(Phones.mobile(choices));
                }
                draft.excuse(400, "a phoneNumber that is not a phone number");
                return null;
            }
            case "groupIds" -> {
                ArrayNode ids = Json.NODES.arrayNode();
                List<Integer> known = new ArrayList<>(groups);
                int count = choices.below(3);
                for (int i = 0; i < count; i++) {
                    if (choices.below(100) < 90 && !known.isEmpty()) {
                        ids.add(String.valueOf(known.get(choices.below(known.size()))));
                    } else {
                        int unknown = choices.below(100_000);
                        if (!groups.contains(unknown)) {
                            draft.excuse(400, "a group not owned by the user");
                            draft.mustFail = true;
                        }
                        ids.add(String.valueOf(unknown));
                    }
                }
                return ids;
            }
            case "birthdate", "promotiondate", "rememberdate" -> {
                if (choices.below(100) < 85) {
                    LocalDateTime when = LocalDateTime.of(1950, 1, 1, 0, 0).plusMinutes(choices.below(40_000_000));
                    return Json.NODES.stringNode(when.format(DateTimeFormatter.ofPattern(DATE_FORMATS.get(choices.below(DATE_FORMATS.size())))));
                }
                draft.excuse(400, "a " + name + " in none of the documented formats");
                return null;
            }
            case "pageNumber" -> {
                if (draft.kind != Kind.VALID) {
                    return null;
                }
                return Json.NODES.numberNode(1 + choices.below((groups.size() + 4) / 5 + 2));
            }
            default -> {
                return null;
            }
        }
    }

    /** Business values of a send: phone numbers or group names as recipients, dates and zones smsend reads, real URLs. */
    private JsonNode smsHint(Draft draft, String name, Choices choices) {
        switch (name) {
            case "recipient" -> {
                if (draft.op.pathTemplate().equals("/smstogroups")) {
                    List<String> names = new ArrayList<>(new TreeSet<>(groupNames.values()));
                    int roll = choices.below(100);
                    if (roll < 85 && !names.isEmpty()) {
                        return Json.NODES.stringNode(names.get(choices.below(names.size())));
                    }
                    if (roll < 92) {
                        draft.label = "the other user's group";
                        return Json.NODES.stringNode("Other user");
                    }
                    return null; // any text, mostly no group's name: judged
                }
                return choices.below(100) < 85 ? Json.NODES.stringNode(Phones.mobile(choices)) : null;
            }
            case "scheduled_delivery_time" -> {
                if (choices.below(100) < 85) {
                    // from the past (sent at once) into the future (SCHEDULED, so that some can be deleted)
                    LocalDateTime when = LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(choices.below(3 * 525_600));
                    return Json.NODES.stringNode(when.format(DateTimeFormatter.ofPattern(DATE_FORMATS.get(choices.below(DATE_FORMATS.size())))));
                }
                draft.excuse(400, "a scheduled_delivery_time in none of the documented formats");
                return null;
            }
            case "scheduled_delivery_timezone" -> {
                if (choices.below(100) < 85) {
                    return Json.NODES.stringNode(TIME_ZONES.get(choices.below(TIME_ZONES.size())));
                }
                draft.excuse(400, "a scheduled_delivery_timezone that is no IANA time zone");
                return null;
            }
            case "short_link_url" -> {
                return Json.NODES.stringNode("https://example.com/offer/" + choices.below(1000));
            }
            default -> {
                return null;
            }
        }
    }

    /** Whether smsend reads the text as a phone number that exists: digits, international or Italian. */
    private static boolean validPhone(String text) {
        if (text == null || !DIGITS.matcher(text).matches()) {
            return false;
        }
        try {
            return NUMBERS.isValidNumber(NUMBERS.parse(text, "IT"));
        } catch (NumberParseException e) {
            return false;
        }
    }

    private static String e164(String phone) {
        try {
            return NUMBERS.format(NUMBERS.parse(phone, "IT"), PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new IllegalStateException(phone, e);
        }
    }

    /** The phone numbers an SMS to these groups goes to: each member's, members without one left out. */
    private List<String> memberPhones(Set<String> names) {
        Set<Integer> named = new TreeSet<>();
        groupNames.forEach((id, groupName) -> {
            if (names.contains(groupName)) {
                named.add(id);
            }
        });
        List<String> phones = new ArrayList<>();
        contacts.forEach((id, in) -> {
            ContactKey key = contactKeys.get(id);
            if (in.stream().anyMatch(named::contains) && key != null && key.phone() != null) {
                phones.add(key.phone());
            }
        });
        return phones;
    }

    /** The recipients a send names: phone numbers for POST /sms, the members' for POST /smstogroups. */
    private List<String> recipientPhones(Draft draft) {
        List<String> recipients = new ArrayList<>();
        draft.body.path("recipient").forEach(r -> recipients.add(r.isString() ? r.stringValue() : null));
        return draft.op.pathTemplate().equals("/smstogroups") ? memberPhones(new TreeSet<>(recipients)) : recipients;
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    private static boolean flag(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isBoolean() && value.booleanValue();
    }

    /** The rules of a send beyond its schema: lengths by encoding and type, recipients, a free order ID. */
    private void judgeSend(Draft draft) {
        if (!(draft.body instanceof ObjectNode body)) {
            return;
        }
        String message = text(body, "message");
        boolean ucs2 = "ucs2".equals(text(body, "encoding"));
        if (message != null && (ucs2 && message.length() > 450 || "LL".equals(text(body, "message_type")) && message.length() > 160)) {
            draft.excuse(400, "a message too long for its encoding or type");
            draft.mustFail = true;
        }
        if (message != null && !ucs2 && !SmsText.gsm(message)) {
            draft.excuse(400, "a message GSM 03.38 cannot carry, with encoding gsm");
        }
        if (orders.contains(text(body, "order_id"))) {
            draft.excuse(400, "an order_id already used");
            draft.mustFail = true;
        }
        if (draft.op.pathTemplate().equals("/smstogroups")) {
            Set<String> names = new TreeSet<>();
            body.path("recipient").forEach(r -> names.add(r.isString() ? r.stringValue() : null));
            if (!groupNames.values().containsAll(names)) {
                draft.excuse(400, "a group name the user does not have");
                draft.mustFail = true;
                return;
            }
        }
        if (!flag(body, "allowInvalidRecipients") && !recipientPhones(draft).stream().allMatch(SmsendApi::validPhone)) {
            draft.excuse(400, "a recipient that is no phone number");
            draft.mustFail = true;
        }
    }

    /** An id that exists (mostly), the other user's (which must look unknown), or any. */
    private int reference(Draft draft, List<Integer> known, Integer others, String what, Schema<?> schema, Choices choices) {
        int roll = choices.below(100);
        if (roll < 80 && !known.isEmpty()) {
            return known.get(choices.below(known.size()));
        }
        if (roll < 86 && others != null) {
            draft.label = "the other user's " + what;
            return others;
        }
        return "string".equals(schema.getType()) ? choices.below(100_000) : (int) Values.integer(schema, choices, false);
    }

    /** The run knows every id of the user: a path id it does not know must be refused, as unknown. */
    private static void mustExist(Draft draft, String parameter, Set<Integer> known, String what) {
        String id = draft.path.get(parameter);
        if (id != null && (!id.matches("\\d{1,9}") || !known.contains(Integer.valueOf(id)))) {
            draft.excuse(400, what + " " + id + " does not exist for this user");
            draft.excuse(404, what + " " + id + " does not exist for this user");
            draft.mustFail = true;
        }
    }

    private static boolean isAddContact(Operation op) {
        return op.method().equals("POST") && op.pathTemplate().equals("/contact");
    }

    @Override
    public void judge(Draft draft) {
        if (draft.kind == Kind.INVALID || draft.kind == Kind.AUTH) {
            return;
        }
        mustExist(draft, "group_id", groups, "group");
        mustExist(draft, "contact_id", contacts.keySet(), "contact");
        mustExist(draft, "contactid", contacts.keySet(), "contact");
        String template = draft.op.pathTemplate();
        if (template.equals("/sms") || template.equals("/smstogroups")) {
            judgeSend(draft);
        }
        if (template.equals("/sms/{order_id}")) {
            if (!orders.contains(draft.path.get("order_id"))) {
                draft.excuse(400, "an order_id that cannot be one");
                draft.excuse(404, "an order the user does not have");
                draft.mustFail = true;
            } else if (draft.op.method().equals("DELETE")) {
                draft.excuse(404, "an order that may no longer be SCHEDULED");
            }
        }
        if (draft.op.pathTemplate().startsWith("/group/") || draft.op.pathTemplate().equals("/group")) {
            JsonNode name = draft.body == null ? null : draft.body.get("name");
            if (name != null && name.isString() && name.stringValue().isBlank()) {
                draft.excuse(400, "a blank group name (\"If the group name is invalid\")");
                draft.mustFail = true;
            }
        }
        if (draft.op.pathTemplate().equals("/groups") && draft.kind == Kind.VALID && draft.query.containsKey("pageNumber")) {
            int size = Integer.parseInt(draft.query.getOrDefault("pageSize", "5"));
            if (Long.parseLong(draft.query.get("pageNumber")) > Math.max(1, (groups.size() + size - 1) / size)) {
                draft.excuse(400, "a page past the last group");
            }
        }
    }

    @Override
    public void harmonize(Draft draft, Choices choices) {
        if (!isAddContact(draft.op) || !(draft.body instanceof ObjectNode body)) {
            return;
        }
        List<JsonNode> added = body.get("contacts") instanceof ArrayNode several ? several.valueStream().toList() : List.of(body);
        for (JsonNode contact : added) {
            if (contact instanceof ObjectNode object && object.get("email") == null && object.get("phoneNumber") == null) {
                object.put("phoneNumber", Phones.mobile(choices));
            }
        }
    }

    @Override
    public List<Mutation> ruleMutations(Operation op) {
        if (!isAddContact(op)) {
            return List.of();
        }
        return List.of(Mutation.of("neither email nor phoneNumber", false, (d, c) -> {
            JsonNode contact = d.body.get("contacts") instanceof ArrayNode several && !several.isEmpty()
                    ? several.get(c.below(several.size())) : d.body;
            if (!(contact instanceof ObjectNode object)) {
                return false;
            }
            object.remove(List.of("email", "phoneNumber"));
            return true;
        }));
    }

    // ---- answers ----------------------------------------------------------------------------

    @Override
    public void checkAnswer(Draft draft, Exchange exchange, Problems problems) {
        int status = exchange.status();
        if (status >= 400 && status < 500) {
            if (!exchange.mediaType().equals("text/plain")) {
                problems.add("shape", "an smsend error must be text/plain, was '" + exchange.contentType() + "'");
            }
            String text = exchange.text();
            if (text.isBlank() || text.length() > 200 || text.contains("\n")) {
                problems.add("shape", "an smsend error must be one short line, was " + Oracle.quoted(text));
            }
            return;
        }
        if (status < 200 || status >= 300) {
            return;
        }
        String location = exchange.header("Location");
        String template = draft.op.pathTemplate();
        String expected = switch (draft.op.method() + " " + template) {
            case "PUT /group/{group_id}" -> "/group/" + draft.path.get("group_id");
            case "POST /group/{group_id}/contact/{contact_id}", "DELETE /group/{group_id}/contact/{contact_id}" ->
                    "/contact/" + draft.path.get("contact_id");
            default -> null;
        };
        if (expected != null && !expected.equals(location)) {
            problems.add("location", "Location " + location + ", expected " + expected);
        }
        if (template.equals("/group") && id(GROUP_LOCATION, location) == null
                || isAddContact(draft.op) && status == 201 && id(CONTACT_LOCATION, location) == null) {
            problems.add("location", "Location " + location + " names no new resource");
        }
        if (isAddContact(draft.op) && status == 200 && exchange.json().asInt() != draft.body.path("contacts").size()) {
            problems.add("count", "added " + draft.body.path("contacts").size() + " contacts, answered " + exchange.text());
        }
        if ((template.equals("/sms") || template.equals("/smstogroups")) && (draft.kind == Kind.VALID || draft.kind == Kind.EDGE)) {
            JsonNode order = exchange.json();
            String orderId = text(draft.body, "order_id");
            if (!"OK".equals(order.path("result").asString()) || orderId != null && !orderId.equals(order.path("order_id").asString())) {
                problems.add("order", "sent order_id " + orderId + ", answered " + exchange.text());
            }
            long sent = recipientPhones(draft).stream().filter(SmsendApi::validPhone).map(SmsendApi::e164).distinct().count();
            if (!flag(draft.body, "returnCredits") && order.path("total_sent").asLong() != sent) {
                problems.add("order", sent + " valid recipients, answered total_sent " + order.path("total_sent"));
            }
            String message = text(draft.body, "message");
            if (flag(draft.body, "returnCredits") && message != null) {
                long credits = sent * SmsText.segments(message, "ucs2".equals(text(draft.body, "encoding")));
                if (order.path("total_sent").asLong() != credits) {
                    problems.add("order", credits + " credits for " + sent + " recipients, answered total_sent " + order.path("total_sent"));
                }
            }
        }
        if (template.equals("/sms/{order_id}") && draft.op.method().equals("GET")) {
            JsonNode state = exchange.json();
            if (state.path("recipient_number").asInt() != state.path("recipients").size()) {
                problems.add("state", "recipient_number " + state.path("recipient_number") + " for " + state.path("recipients").size() + " recipients");
            }
        }
        if (template.equals("/groups") && (draft.kind == Kind.VALID || draft.kind == Kind.EDGE)) {
            JsonNode page = exchange.json();
            int size = Integer.parseInt(draft.query.getOrDefault("pageSize", "5"));
            int number = Integer.parseInt(draft.query.getOrDefault("pageNumber", "1"));
            if (page.path("pageSize").asInt() != size || page.path("pageNumber").asInt() != number) {
                problems.add("paging", "asked for page " + number + " of " + size + ", answered page " + page.path("pageNumber") + " of " + page.path("pageSize"));
            }
            if (page.path("groups").size() > size) {
                problems.add("paging", page.path("groups").size() + " groups on a page of " + size);
            }
            if (page.path("Total").asInt() != groups.size()) {
                problems.add("paging", "Total " + page.path("Total") + ", the user has " + groups.size() + " groups");
            }
        }
        if (template.equals("/contact/{contactid}") && !draft.path.get("contactid").equals(exchange.json().path("id").asString())) {
            problems.add("id", "asked for contact " + draft.path.get("contactid") + ", answered " + exchange.json().path("id"));
        }
    }

    @Override
    public void observe(Draft draft, Exchange exchange) {
        if (draft.kind == Kind.INVALID || draft.kind == Kind.AUTH) {
            return; // a wrongly accepted request is reported; what it did is unknown
        }
        String location = exchange.header("Location");
        switch (draft.op.method() + " " + draft.op.pathTemplate()) {
            case "POST /group" -> {
                groups.add(id(GROUP_LOCATION, location));
                groupNames.put(id(GROUP_LOCATION, location), text(draft.body, "name"));
            }
            case "PUT /group/{group_id}" -> groupNames.put(Integer.valueOf(draft.path.get("group_id")), text(draft.body, "name"));
            case "POST /contact" -> {
                if (exchange.status() == 200) {
                    addContacts(draft.body);
                    return;
                }
                int id = id(CONTACT_LOCATION, location);
                contacts.put(id, groupIds(draft.body));
                contactKeys.put(id, new ContactKey(text(draft.body, "email"), text(draft.body, "phoneNumber")));
                lastContactId = Math.max(lastContactId, id);
            }
            case "POST /sms", "POST /smstogroups" -> orders.add(exchange.json().path("order_id").asString());
            case "DELETE /sms/{order_id}" -> orders.remove(draft.path.get("order_id"));
            case "DELETE /group/{group_id}" -> {
                Integer group = Integer.valueOf(draft.path.get("group_id"));
                groups.remove(group);
                groupNames.remove(group);
                boolean withContacts = "true".equals(draft.query.get("deletecontacts"));
                contacts.entrySet().removeIf(c -> withContacts && c.getValue().contains(group));
                contacts.values().forEach(in -> in.remove(group));
            }
            case "POST /group/{group_id}/contact/{contact_id}" ->
                    contacts.get(Integer.valueOf(draft.path.get("contact_id"))).add(Integer.valueOf(draft.path.get("group_id")));
            case "DELETE /group/{group_id}/contact/{contact_id}" ->
                    contacts.get(Integer.valueOf(draft.path.get("contact_id"))).remove(Integer.valueOf(draft.path.get("group_id")));
            default -> {
            }
        }
    }

    private static Set<Integer> groupIds(JsonNode contact) {
        Set<Integer> in = new TreeSet<>();
        contact.path("groupIds").forEach(g -> in.add(Integer.valueOf(g.asString())));
        return in;
    }

    /**
     * Several contacts added at once, in turn: one clashing with stored ones (same email ignoring case,
     * or same phone number) updates them or replaces them with a new contact, keeping their groups or not.
     */
    private void addContacts(JsonNode body) {
        boolean update = flag(body, "updateExistingContact");
        boolean keep = flag(body, "keepExistingGroupsAndCampaigns");
        for (JsonNode contact : body.path("contacts")) {
            String email = text(contact, "email");
            String phone = text(contact, "phoneNumber");
            List<Integer> clashing = contacts.keySet().stream()
                    .filter(id -> contactKeys.get(id) != null && contactKeys.get(id).clashes(email, phone))
                    .toList();
            if (update && !clashing.isEmpty()) {
                for (int id : clashing) {
                    Set<Integer> in = groupIds(contact);
                    if (keep) {
                        in.addAll(contacts.get(id));
                    }
                    contacts.put(id, in);
                    ContactKey stored = contactKeys.get(id);
                    contactKeys.put(id, new ContactKey(email != null ? email : stored.email(), phone != null ? phone : stored.phone()));
                }
            } else {
                Set<Integer> in = groupIds(contact);
                for (int id : clashing) {
                    if (keep) {
                        in.addAll(contacts.get(id));
                    }
                    contacts.remove(id);
                }
                contacts.put(++lastContactId, in);
                contactKeys.put(lastContactId, new ContactKey(email, phone));
            }
        }
    }

    @Override
    public List<StateRead> stateReads(Draft draft) {
        List<StateRead> reads = new ArrayList<>();
        reads.add(StateRead.of(REST + "/groups?pageSize=100000", user.headers()));
        Set<String> contactIds = new TreeSet<>();
        for (String param : List.of("contact_id", "contactid")) {
            if (draft.path.containsKey(param)) {
                contactIds.add(draft.path.get(param));
            }
        }
        contactIds.add(String.valueOf(lastContactId + 1)); // the next new contact
        contactIds.forEach(id -> reads.add(StateRead.of(REST + "/contact/" + Draft.encode(id), user.headers())));
        // a refused send stores no order under its order_id (a known order's state moves on with time: not read)
        String orderId = draft.body == null || !draft.body.isObject() ? null : text(draft.body, "order_id");
        if (draft.op.pathTemplate().startsWith("/sms") && orderId != null && !orders.contains(orderId)) {
            reads.add(StateRead.of(REST + "/sms/" + Draft.encode(orderId), user.headers()));
        }
        return reads;
    }

    @Override
    public void checkInvariants(StubClient stub, Problems problems) {
        JsonNode all = stub.call("GET", REST + "/groups?pageSize=100000", user.headers(), null).json();
        Set<Integer> listed = new TreeSet<>();
        all.path("groups").forEach(g -> {
            if (!listed.add(Integer.parseInt(g.path("id_group").asString()))) {
                problems.add("invariant", "smsend group " + g.path("id_group") + " is listed twice");
            }
        });
        if (all.path("Total").asInt() != listed.size()) {
            problems.add("invariant", "smsend Total " + all.path("Total") + " but " + listed.size() + " groups listed");
        }
        if (!listed.equals(groups)) {
            problems.add("invariant", "smsend groups " + listed + ", the run expects " + groups);
        }
        Set<Integer> paged = new TreeSet<>();
        int pages = (listed.size() + 2) / 3;
        for (int page = 1; page <= pages; page++) {
            JsonNode answer = stub.call("GET", REST + "/groups?pageSize=3&pageNumber=" + page, user.headers(), null).json();
            answer.path("groups").forEach(g -> paged.add(Integer.parseInt(g.path("id_group").asString())));
            if (answer.path("Total").asInt() != listed.size()) {
                problems.add("invariant", "smsend page " + page + " says Total " + answer.path("Total") + ", " + listed.size() + " groups exist");
            }
        }
        if (!paged.equals(listed)) {
            problems.add("invariant", "smsend pages of 3 hold " + paged + ", the whole list " + listed);
        }
        contacts.forEach((id, in) -> {
            Exchange contact = stub.call("GET", REST + "/contact/" + id, user.headers(), null);
            if (contact.status() != 200) {
                problems.add("invariant", "smsend contact " + id + " answers " + contact.status());
                return;
            }
            Set<Integer> groupIds = new TreeSet<>();
            contact.json().path("groupIds").forEach(g -> groupIds.add(Integer.valueOf(g.asString())));
            if (!groupIds.equals(in)) {
                problems.add("invariant", "smsend contact " + id + " is in groups " + groupIds + ", the run expects " + in);
            }
        });
        for (String order : orders) {
            Exchange state = stub.call("GET", REST + "/sms/" + Draft.encode(order), user.headers(), null);
            if (state.status() != 200) {
                problems.add("invariant", "smsend order " + order + " answers " + state.status());
            }
        }
        if (!otherState(stub).equals(otherState)) {
            problems.add("other account", "the data of user test2 changed: " + otherState + " -> " + otherState(stub));
        }
    }
}
