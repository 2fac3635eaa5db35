// Pieces of the content loader shared between its files (one file kind per source file).
#pragma once
#include "core/content/field_reader.h"
#include "core/content/json_reader.h"

namespace dt::detail {

FlowGraph read_flow(const nlohmann::json& value, const Where& at, bool overview, Problems& out);
std::vector<Source> read_sources(const nlohmann::json& doc, const Where& at, Problems& out);
Case read_case(const nlohmann::json& doc, const Where& at, Problems& out);
Overview read_overview(const nlohmann::json& doc, const Where& at, Problems& out);
std::vector<Reminder> read_reminders(const nlohmann::json& doc, const Where& at, Problems& out);
std::vector<Question> read_questions(const nlohmann::json& doc, const Where& at, Problems& out);
// Rules need the questions to resolve "question/option" references and to tell which
// conditions can never be true.
std::vector<Rule> read_rules(const nlohmann::json& doc, const Where& at, const std::vector<Question>& questions,
                             Problems& out);
// Spot-the-leak items; also groups them into their pairs (each pair exactly two of one kind).
std::vector<SpotItem> read_spot(const nlohmann::json& doc, const Where& at, std::vector<SpotPair>& pairs, Problems& out);

// The optional "basis" of a node, edge or actor: "established" (the default) or "officer_general".
Basis read_basis(Fields& f);

// Reports ids that occur twice in `ids` (each entry: id and where it was declared).
void check_unique(const std::vector<std::pair<std::string, Where>>& ids, std::string_view what, Problems& out);

}  // namespace dt::detail
