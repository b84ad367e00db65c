// Linked only into ThreadSanitizer builds (EVENTEX_SANITIZE=thread). Boost.Regex 1.74 takes the
// 4 KiB blocks of each match's backtracking stack from a lock-free cache that lives in
// libboost_regex.so, which is not built with ThreadSanitizer: TSan cannot see the atomic
// compare-exchange that orders one thread's put of a block before another thread's get, and
// reports the two threads' writes to the block as a race. These definitions interpose the
// library's (same signature, no cache): every block is a fresh allocation TSan can follow, so
// a real race in matching is still reported, and nothing is suppressed.
#include <new>                // ::operator new, ::operator delete

#include <boost/regex.hpp>    // BOOST_REGEX_DETAIL_NS, BOOST_REGEX_CALL, BOOST_REGEX_BLOCKSIZE

namespace boost {
namespace BOOST_REGEX_DETAIL_NS {

void* BOOST_REGEX_CALL get_mem_block() { return ::operator new(BOOST_REGEX_BLOCKSIZE); }
void BOOST_REGEX_CALL put_mem_block(void* block) { ::operator delete(block); }

}  // namespace BOOST_REGEX_DETAIL_NS
}  // namespace boost
