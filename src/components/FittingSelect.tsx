import { makeStyles, mergeClasses, Select, type SelectProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  // A native select is as wide as its longest option ("Cybersecurity en informatiebeveiliging (12)"),
  // which sticks out of a 320 px phone screen; it may shrink and the chosen text is cut off instead.
  root: { minWidth: '0', maxWidth: '100%' },
  select: { minWidth: '0', textOverflow: 'ellipsis' },
});

/** Fluent's Select that fits the width it is given (phones included). */
export function FittingSelect({ className, ...props }: Omit<SelectProps, 'select'>): ReactNode {
  const styles = useStyles();
  return <Select {...props} className={mergeClasses(styles.root, className)} select={{ className: styles.select }} />;
}
