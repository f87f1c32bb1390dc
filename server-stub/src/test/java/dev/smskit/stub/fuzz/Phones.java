package dev.smskit.stub.fuzz;

import java.util.List;

/** Mobile numbers in E.164 that are valid by the numbering plans of a few countries. */
final class Phones {

    /** Country code and national mobile prefix, then how many digits follow. */
    private record Plan(String prefix, int digits) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("+4670", 7), new Plan("+4672", 7), new Plan("+4673", 7), new Plan("+4676", 7), // Sweden
            new Plan("+4740", 6), new Plan("+4790", 6),                                               // Norway
            new Plan("+35840", 7),                                                                     // Finland
            new Plan("+393", 9),                                                                       // Italy
            new Plan("+49151", 8),                                                                     // Germany
            new Plan("+44771", 7));                                                                    // UK

    /** Reserved for the second account, never generated for the fuzzed one. */
    static final String OTHER_ACCOUNT = "+46709999901";

    private Phones() {
    }

    static String mobile(Choices choices) {
        Plan plan = PLANS.get(choices.below(PLANS.size()));
        StringBuilder number = new StringBuilder(plan.prefix());
        for (int i = 0; i < plan.digits(); i++) {
            number.append((char) ('0' + (i == 0 && plan.prefix().equals("+393") ? 1 + choices.below(9) : choices.below(10))));
        }
        String phone = number.toString();
        return phone.equals(OTHER_ACCOUNT) ? phone.substring(0, phone.length() - 1) + "2" : phone;
    }

    /** The participant key of a number or sender name: digits without the {@code +}. */
    static String key(String phoneOrName) {
        return phoneOrName.startsWith("+") ? phoneOrName.substring(1) : phoneOrName;
    }
}
