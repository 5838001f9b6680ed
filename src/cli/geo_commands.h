// `dyad geo`: build the gazetteer, resolve places in text, score on LGL.
#pragma once

namespace dyad::cli {

int cmd_geo(int argc, char** argv);

}  // namespace dyad::cli
