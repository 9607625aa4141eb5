#include "Flatten.h"

namespace clang::tidy::taskgroup {

FlattenPlan planFlatten(const NodeAt &, ASTContext &, unsigned) {
  FlattenPlan Plan;
  Plan.Refusal = "flattening is not implemented yet";
  return Plan;
}

FlattenPlan planRemoval(const NodeAt &, ASTContext &, unsigned) {
  FlattenPlan Plan;
  Plan.Refusal = "removal is not implemented yet";
  return Plan;
}

} // namespace clang::tidy::taskgroup
