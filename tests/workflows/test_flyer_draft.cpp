// FlyerDraft: what a flyer's read fields become. A value marked for checking fills the form
// (where it is shown marked) but never a record stored by a batch import: there it goes into
// the notes, named as read uncertainly.
#include <catch2/catch.hpp>

#include "workflows/flyer/FlyerDraft.h"

using reunite::ocr::FlyerField;
using reunite::ocr::FlyerFields;
using reunite::workflows::FlyerDraft;
using reunite::workflows::makeFlyerDraft;
using reunite::workflows::UncertainFields;

namespace {

FlyerField field(const std::string& value, double confidence) { return FlyerField{value, "line", confidence, true}; }

FlyerFields readFlyer() {
    FlyerFields fields;
    fields.name = field("李传", 0.5);
    fields.sex = field("M", 0.95);
    fields.dateOfBirth = field("2012-05-03", 0.45);
    fields.birthYear = 2012;
    fields.placeMissing = field("广州", 0.9);
    fields.otherNotes = "穿蓝色上衣";
    return fields;
}

}  // namespace

TEST_CASE("a form is prefilled with every value read, sure or not", "[flyer][draft]") {
    const FlyerDraft draft = makeFlyerDraft(readFlyer());
    CHECK(draft.familyName == "李");
    CHECK(draft.givenNames == "传");
    CHECK(draft.birthDate == std::optional<std::string>("2012-05-03"));
    CHECK(draft.notes == "穿蓝色上衣");
}

TEST_CASE("a batch import leaves uncertain values out of the fields and names them in the notes", "[flyer][draft]") {
    const FlyerDraft draft = makeFlyerDraft(readFlyer(), UncertainFields::MoveToNotes);
    CHECK(draft.familyName.empty());
    CHECK(draft.givenNames.empty());
    CHECK_FALSE(draft.birthDate.has_value());
    CHECK_FALSE(draft.birthYear.has_value());
    CHECK(draft.sex == reunite::Sex::Male);
    CHECK(draft.placeMissing == "广州");
    CHECK(draft.notes == "穿蓝色上衣\nRead uncertainly, not filled in: name \u201c李传\u201d; date of birth \u201c2012-05-03\u201d");
}

TEST_CASE("a batch import of surely read values moves nothing", "[flyer][draft]") {
    FlyerFields fields;
    fields.name = field("Emily Zhang", 0.9);
    const FlyerDraft draft = makeFlyerDraft(fields, UncertainFields::MoveToNotes);
    CHECK(draft.givenNames == "Emily");
    CHECK(draft.familyName == "Zhang");
    CHECK(draft.notes.empty());
}
