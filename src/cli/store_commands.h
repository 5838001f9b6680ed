// The store, export and server subcommands; each returns the process exit status.
#pragma once

namespace dyad::cli {

int cmd_ingest(int argc, char** argv);  // cmd_ingest.cc
int cmd_recode(int argc, char** argv);  // cmd_recode.cc
int cmd_query(int argc, char** argv);   // cmd_query.cc
int cmd_export(int argc, char** argv);  // cmd_export.cc
int cmd_serve(int argc, char** argv);   // cmd_serve.cc

}  // namespace dyad::cli
