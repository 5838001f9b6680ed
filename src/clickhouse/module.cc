// Placeholder until the clickhouse module has sources (the module library needs one file).
namespace dyad {}
