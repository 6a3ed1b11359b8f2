import { useSyncExternalStore } from "react";
import type { Controller } from "../actions";
import type { HostInfo } from "../plan/host-info";
import type { PaneState } from "../state";
import type { Store } from "../store";
import { App, type PaneActions } from "./App";

/** Binds the store and the controller to the stateless App. */
export function Pane({ store, controller, host }: { store: Store<PaneState>; controller: Controller | null; host: HostInfo }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  const actions: PaneActions = {
    onCheck: () => void controller?.check(),
    onClear: () => void controller?.clearHighlights(),
    onFill: () => void controller?.fillTotal(),
    onUndoFill: () => void controller?.undoFill(),
    onFreeze: () => void controller?.freezeValues(),
    onSelect: (finding) => void controller?.selectFinding(finding),
    onAutoCheckChange: (enabled) => void controller?.setAutoCheck(enabled),
    onDismissError: () => controller?.dismissError(),
    onDismissNotice: () => controller?.dismissNotice(),
  };
  return (
    <App
      state={state}
      lang={host.lang}
      dark={host.dark}
      inExcel={host.inExcel && controller !== null}
      capabilities={host.capabilities}
      actions={actions}
    />
  );
}
