import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, Text, Textarea } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { downloadTextFile } from './downloadTextFile';

/** Props of {@link ExportButton}. */
export interface ExportButtonProps {
  readonly label: string;
  readonly fileName: string;
  readonly mimeType: string;
  /** The file's text, made when the user asks for it. */
  readonly content: () => string;
  /**
   * Whether the host can save a downloaded file. The Teams mobile apps cannot (a Blob link
   * does nothing in their webview: teams-js #611): there the text is shown to copy instead.
   * @default true
   */
  readonly canDownloadFiles?: boolean;
}

/** Exports text as a file where the host can save one, and shows it to copy where it cannot: never a dead button. */
export function ExportButton({ label, fileName, mimeType, content, canDownloadFiles = true }: ExportButtonProps): ReactNode {
  const { t } = useI18n();
  const [shown, setShown] = useState<string | undefined>();
  if (canDownloadFiles) return <Button onClick={() => downloadTextFile(fileName, content(), mimeType)}>{label}</Button>;
  return (
    <Dialog open={shown !== undefined} onOpenChange={(_, data) => setShown(data.open ? content() : undefined)}>
      <DialogTrigger disableButtonEnhancement>
        <Button>{label}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{fileName}</DialogTitle>
          <DialogContent>
            <Text as="p">{t('export.noDownloads')}</Text>
            <Field label={fileName}>
              <Textarea readOnly value={shown ?? ''} rows={8} resize="vertical" onFocus={(event) => event.currentTarget.select()} />
            </Field>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">{t('export.close')}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
