// The README's quickstart: the default German rules over one article.
//   quickstart examples/seed_article.txt
#include <fstream>     // std::ifstream
#include <sstream>     // std::ostringstream

#include <fmt/core.h>           // fmt::print
#include <eventex/eventex.hpp>  // Pipeline, Document, fmt formatters

int main(int argc, char** argv) {
    if (argc < 2) return fmt::print(stderr, "usage: quickstart ARTICLE.txt\n"), 2;
    std::ifstream in(argv[1], std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const std::string article = text.str();

    const eventex::Pipeline pipeline = eventex::Pipeline::german();  // compile once, reuse
    const eventex::Events events = pipeline.extract({argv[1], article, eventex::Date{2025, 7, 3}, std::nullopt});
    if (events.error) return fmt::print(stderr, "{}\n", events.error->message), 1;
    for (const auto& meeting : events.meetings) fmt::print("{}\n", meeting);
    for (const auto& request : events.aid_requests) fmt::print("{}\n", request);
    for (const auto& statement : events.statements) fmt::print("{}\n", statement);
}
