#include "benchdata.h"

namespace benchdata {

QByteArray caseload(int children)
{
    QByteArray households;
    QByteArray kids;
    QByteArray adults;
    for (int i = 0; i < children; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray h = QByteArray::number(i / 2);
        if (i % 2 == 0) {
            households += QByteArray(households.isEmpty() ? "" : ",\n") + "{\"id\":\"hh-" + h
                + "\",\"address\":\"" + h + " Example Row, Exampletown\",\"postcode\":\"EX1 2MP\"}";
            adults += QByteArray(adults.isEmpty() ? "" : ",\n") + "{\"id\":\"ad-" + h
                + "\",\"householdId\":\"hh-" + h
                + "\",\"givenName\":\"Sam\",\"familyName\":\"Example\"}";
        }
        kids += QByteArray(kids.isEmpty() ? "" : ",\n") + "{\"id\":\"ch-" + n
            + "\",\"householdId\":\"hh-" + h
            + "\",\"givenName\":\"Ada\",\"familyName\":\"Example\",\"dateOfBirth\":\"2025-03-14\","
              "\"sex\":\"female\",\"firstLanguage\":\"English\"}";
    }
    return "{\"households\":[\n" + households + "],\n\"children\":[\n" + kids + "],\n\"adults\":[\n"
        + adults + "]}\n";
}

} // namespace benchdata
