/** How the detector reaches pages, as the popup and the welcome page show it. */
export interface DetectionStatus {
  /**
   * `automatic`: the user granted host access for all web pages, and the detector is registered
   * to run on each as it loads. `per-click`: it runs only in a tab the user acts on (toolbar
   * button, keyboard shortcut, context menu), through `activeTab`.
   */
  mode: 'automatic' | 'per-click';
  /** The match patterns the detector is registered for now; empty when it is not registered. */
  registeredFor: string[];
}
