import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of {@link AppErrorBoundary}. */
export interface AppErrorBoundaryProps {
  /** Shown instead of the children after a render error. */
  readonly fallback: ReactNode;
  /** Reports the crash (to the host, which then shows its own error screen). */
  readonly onCrash: (error: unknown) => void;
  readonly children: ReactNode;
}

/** Turns a render crash into a message and a host failure notice, never a blank tab. */
export class AppErrorBoundary extends Component<AppErrorBoundaryProps, { readonly crashed: boolean }> {
  override state = { crashed: false };

  static getDerivedStateFromError(): { crashed: boolean } {
    return { crashed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('The app crashed', error, info.componentStack);
    this.props.onCrash(error);
  }

  override render(): ReactNode {
    return this.state.crashed ? this.props.fallback : this.props.children;
  }
}
