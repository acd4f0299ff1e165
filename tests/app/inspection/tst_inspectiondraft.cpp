#include "apptest.h"
#include "inspectiondraft.h"
#include "inspectiontest.h"
#include "signaturepad.h"

using namespace Qt::StringLiterals;

namespace {

const QString kCode = u"91650109MA7DEK2133"_s;

// A signature written on the pad through its pen API: a few strokes across a 300x120 pad.
void writeOn(SignaturePad &pad, int seed)
{
    pad.setSize(QSizeF(300, 120));
    for (int s = 0; s < 3; ++s) {
        pad.beginStroke(QPointF(20 + 80 * s, 60 + seed));
        for (int i = 1; i <= 10; ++i)
            pad.extendStroke(QPointF(20 + 80 * s + 6 * i, 60 + seed + ((i % 2) ? -20 : 20)));
        pad.endStroke();
    }
}

// The draft of the demo enterprise with what a real inspection fills in before signing.
void fillIn(InspectionDraft &draft)
{
    REQUIRE(draft.begin(kCode));
    draft.setTaskName(u"2026年第四季度双随机抽查"_s);
    draft.setTaskNumber(u"WLMQ-2026-Q4-017"_s);
    draft.setSource(InspectionDraft::RandomDraw);
    draft.setSourceReference(u"抽取批次 2026-11-07"_s);
    draft.inspectors()->add(u"李明"_s, u"65010020190012"_s);
    draft.inspectors()->add(u"热合曼·艾力"_s, u"65010020170045"_s);
    REQUIRE(draft.applyTemplate(u"危险废物管理"_s));
    ChecklistModel *list = draft.checklist();
    REQUIRE(list->count() == 4);
    REQUIRE(list->setResult(0, ChecklistModel::NoProblem));
    REQUIRE(list->setResult(1, ChecklistModel::ProblemFound));
    REQUIRE(list->setProblem(1, u"贮存库未设置危险废物识别标志，废矿物油桶露天堆放"_s));
    REQUIRE(list->setResult(2, ChecklistModel::NoProblem));
    REQUIRE(list->setResult(3, ChecklistModel::NotApplicable));
    draft.setFindings(u"危险废物贮存不规范，责令立即整改。"_s);
}

} // namespace

TEST_CASE("An inspection goes from the scanned code to the signed on-site record")
{
    apptest::TempStore temp;
    REQUIRE(temp.store().saveEnterprise(inspectiontest::demoEnterprise()).ok());
    InspectionDraft draft;
    draft.setStore(temp.records.get());
    int storeChanges = 0;
    QObject::connect(temp.records.get(), &RecordStore::recordsChanged, [&] { ++storeChanges; });

    fillIn(draft);
    CHECK(draft.codeValid());
    CHECK(draft.canContinue());
    CHECK(draft.enterpriseFound());
    CHECK(draft.enterpriseName() == u"乌鲁木齐示范建材有限公司（演示数据）"_s);
    CHECK(draft.legalRepresentative() == u"王建国"_s);
    CHECK(draft.divisionCode() == u"650109"_s); // from the code's registering division
    CHECK(draft.checklistTemplates().size() >= 3);

    SECTION("signed by both inspectors and the site representative")
    {
        SignaturePad li, rahman, manager;
        writeOn(li, 0);
        writeOn(rahman, 5);
        writeOn(manager, 10);
        REQUIRE(draft.addSignature(InspectionDraft::Inspector, u"李明"_s, &li));
        CHECK_FALSE(draft.recordId().isEmpty()); // the first signature created the record
        REQUIRE(draft.addSignature(InspectionDraft::Inspector, u"热合曼·艾力"_s, &rahman));
        REQUIRE(draft.addSignature(InspectionDraft::SiteRepresentative, u"王建国"_s, &manager));
        CHECK(draft.missingSignatures().isEmpty());
        CHECK(draft.previewText().contains(u"贮存库未设置危险废物识别标志"_s));
        CHECK(draft.previewText().contains(u"Inspector 李明, signed"_s));

        REQUIRE(draft.sign());
        CHECK(draft.isSigned());
        CHECK(draft.error().isEmpty());
        CHECK(storeChanges >= 4);

        auto record = temp.store().record(draft.recordId());
        REQUIRE(record.ok());
        auto stored = fl::Inspection::fromJson(record->body);
        REQUIRE(stored.ok());
        CHECK(stored->status == fl::InspectionStatus::Signed);
        CHECK_FALSE(fl::hasErrors(stored->validate(temp.store().now())));
        CHECK(stored->inspectors.size() == 2);
        CHECK(stored->checklist.size() == 4);
        CHECK(stored->checklist.at(1).result == fl::CheckResult::ProblemFound);
        CHECK(stored->endMs.has_value());
        CHECK(stored->onSiteRecord.contains(u"WLMQ-2026-Q4-017"_s));
        REQUIRE(stored->signatures.size() == 3);
        for (const fl::Signature &signature : stored->signatures) {
            INFO(signature.signerName.toStdString());
            CHECK(signature.strokes.size() == 3);
            auto evidence = temp.store().record(signature.renderingEvidenceId);
            REQUIRE(evidence.ok());
            auto file = fl::Evidence::fromJson(evidence->body);
            REQUIRE(file.ok());
            CHECK(file->linkedRecordId == draft.recordId());
            CHECK(file->mediaType == u"image/svg+xml"_s);
            QFile blob(temp.store().blobPath(file->sha256));
            REQUIRE(blob.open(QIODevice::ReadOnly));
            CHECK(blob.readAll() == fl::renderSignatureSvg(signature.strokes));
        }

        // Signed is final: neither the draft nor the store changes it.
        draft.setFindings(u"改写"_s);
        CHECK(draft.findings() == u"危险废物贮存不规范，责令立即整改。"_s);
        CHECK_FALSE(draft.save());
        CHECK(draft.error().startsWith(u"This on-site record is signed"_s));
        CHECK_FALSE(temp.store()
                        .updateRecord(draft.recordId(), record->meta.revision, record->body, u"x"_s)
                        .ok());

        InspectionDraft reopened;
        reopened.setStore(temp.records.get());
        REQUIRE(reopened.load(draft.recordId()));
        CHECK(reopened.isSigned());
        CHECK(reopened.signatures().size() == 3);
        CHECK(reopened.checklist()->count() == 4);
    }

    SECTION("signing without signatures lists who is missing")
    {
        REQUIRE(draft.save());
        CHECK(draft.revision() == 1);
        CHECK_FALSE(draft.sign());
        CHECK_FALSE(draft.isSigned());
        CHECK(draft.error().startsWith(u"The record cannot be signed yet."_s));
        CHECK(draft.issues().contains(u"Signatures: inspector 李明 has not signed"_s));
        CHECK(draft.issues().contains(u"Signatures: inspector 热合曼·艾力 has not signed"_s));
        CHECK(draft.issues().contains(u"Signatures: the site representative has not signed; if "
                                      "they refuse, write down why"_s));
        CHECK(draft.missingSignatures().size() == 3);
        auto record = temp.store().record(draft.recordId());
        REQUIRE(record.ok());
        CHECK(record->meta.revision == 1); // nothing was written
        CHECK(record->body.value(u"status"_s).toString() != u"signed"_s);
    }

    SECTION("the representative's refusal replaces their signature")
    {
        SignaturePad li, rahman;
        writeOn(li, 0);
        writeOn(rahman, 3);
        REQUIRE(draft.addSignature(InspectionDraft::Inspector, u"李明"_s, &li));
        REQUIRE(draft.addSignature(InspectionDraft::Inspector, u"热合曼·艾力"_s, &rahman));
        CHECK_FALSE(draft.sign());
        draft.setRepresentativeRefusal(u"现场负责人以需请示总经理为由拒绝签字"_s);
        REQUIRE(draft.sign());
        CHECK(draft.previewText().contains(u"现场负责人以需请示总经理为由拒绝签字"_s));
    }

    SECTION("a change after someone signed needs their signature again")
    {
        SignaturePad li, rahman, manager;
        writeOn(li, 0);
        writeOn(rahman, 5);
        writeOn(manager, 10);
        REQUIRE(draft.addSignature(InspectionDraft::Inspector, u"李明"_s, &li));
        REQUIRE(draft.addSignature(InspectionDraft::Inspector, u"热合曼·艾力"_s, &rahman));
        REQUIRE(draft.addSignature(InspectionDraft::SiteRepresentative, u"王建国"_s, &manager));
        draft.setFindings(u"危险废物贮存不规范，罚款。"_s);
        CHECK(draft.missingSignatures().contains(
            u"李明 again: the record changed after they signed"_s));
        CHECK_FALSE(draft.sign());
        CHECK(draft.issues().size() == 3);
        CHECK(draft.issues().contains(
            u"Signatures: the record changed after 李明 signed; ask them to sign again"_s));
        REQUIRE(draft.addSignature(InspectionDraft::Inspector, u"李明"_s, &li));
        REQUIRE(draft.addSignature(InspectionDraft::Inspector, u"热合曼·艾力"_s, &rahman));
        REQUIRE(draft.addSignature(InspectionDraft::SiteRepresentative, u"王建国"_s, &manager));
        REQUIRE(draft.sign());
        CHECK(draft.signatures().size() == 3); // signing again replaced, not added
    }

    SECTION("an empty pad or a stranger's name is not a signature")
    {
        SignaturePad empty;
        CHECK_FALSE(draft.addSignature(InspectionDraft::Inspector, u"李明"_s, &empty));
        CHECK(draft.error() == u"李明 has not signed on the pad yet."_s);
        SignaturePad pad;
        writeOn(pad, 0);
        CHECK_FALSE(draft.addSignature(InspectionDraft::Inspector, u"张三"_s, &pad));
        CHECK(draft.error() == u"张三 is not listed as an inspector of this inspection."_s);
        CHECK(draft.recordId().isEmpty());
    }
}

TEST_CASE("A draft names what stops it from being saved")
{
    apptest::TempStore temp;
    InspectionDraft draft;
    draft.setStore(temp.records.get());
    CHECK_FALSE(draft.save());
    CHECK(draft.error().startsWith(u"Scan the enterprise's code"_s));

    REQUIRE(draft.begin(u"91650109MA7DEK2133"_s));
    CHECK_FALSE(draft.enterpriseFound()); // not in this device's directory
    CHECK_FALSE(draft.save());
    CHECK(draft.issues().contains(u"Enterprise: the enterprise's name is required"_s));
    CHECK(draft.issues().contains(
        u"Inspectors: an inspection needs at least two inspectors, 0 listed"_s));
    CHECK(temp.store().list({}).value().rows.isEmpty());
}

TEST_CASE("A code failing its check continues only with the reason written down")
{
    apptest::TempStore temp;
    InspectionDraft draft;
    draft.setStore(temp.records.get());
    REQUIRE(draft.begin(inspectiontest::demoText(u"enterprise-qr-bad.txt"_s)));
    CHECK_FALSE(draft.codeValid());
    CHECK_FALSE(draft.canContinue());
    CHECK(draft.codeFindings().contains(u"wrong check character: expected 3, found 0"_s));
    draft.setEnterpriseName(u"米东区某建材厂"_s);
    draft.inspectors()->add(u"李明"_s, u"65010020190012"_s);
    draft.inspectors()->add(u"热合曼·艾力"_s, u"65010020170045"_s);
    CHECK_FALSE(draft.save());
    CHECK(draft.issues().contains(u"Credit code: wrong check character: expected 3, found 0"_s));

    draft.setOverrideReason(u"营业执照原件核对无误，系早期试点代码"_s);
    CHECK(draft.canContinue());
    REQUIRE(draft.save());
    auto stored = fl::Inspection::fromJson(temp.store().record(draft.recordId())->body);
    REQUIRE(stored.ok());
    CHECK(stored->usccOverrideReason == u"营业执照原件核对无误，系早期试点代码"_s);
    CHECK(stored->enterprise.uscc == u"91650109MA7DEK2130"_s);
}
