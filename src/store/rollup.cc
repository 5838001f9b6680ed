// rollup_dyad_month: merged events and their mentions per month, dyad and quad class,
// recomputed from the events table for every key a batch touched.
#include "store/store_impl.h"

namespace dyad::store {

void update_rollups(Statements& st, const std::set<RollupKey>& keys) {
  for (const RollupKey& k : keys) {
    st.rollup_sum.bind(1, k.source).bind(2, k.target).bind(3, k.month).bind(4, k.quad);
    st.rollup_sum.next();  // an aggregate always returns one row
    int64_t events = st.rollup_sum.integer(0), mentions = st.rollup_sum.integer(1);
    double goldstein_sum = st.rollup_sum.real(2);
    int64_t goldstein_n = st.rollup_sum.integer(3);
    st.rollup_sum.reset();
    if (events == 0) {
      st.rollup_delete.bind(1, k.month).bind(2, k.source).bind(3, k.target).bind(4, k.quad).run();
      continue;
    }
    st.rollup_put.bind(1, k.month)
        .bind(2, k.source)
        .bind(3, k.target)
        .bind(4, k.quad)
        .bind(5, events)
        .bind(6, mentions)
        .bind(7, goldstein_sum)
        .bind(8, goldstein_n)
        .run();
  }
}

}  // namespace dyad::store
