// Placeholder until the query module has sources (the module library needs one file).
namespace dyad {}
