#include "chainstate.h"

#include "record/recordchain.h"

namespace hearth {

ChainState ChainState::genesis(const QString &device)
{
    return ChainState { device, 1, RecordChain::genesisHash() };
}

} // namespace hearth
