// Placeholder until the export module has sources (the module library needs one file).
namespace dyad {}
