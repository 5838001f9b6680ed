// Placeholder until the server module has sources (the module library needs one file).
namespace dyad {}
